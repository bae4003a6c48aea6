/**
 * What one HTTP worker changed that the caches of the others must forget: the main process passes
 * each notice on (node:cluster IPC), so "whoever changes the data evicts it" holds for the whole
 * server and not only for the process that answered the change. Without workers nothing is sent.
 */
export type CacheNotice = { kind: "published-views-cleared" } | { kind: "identity-revoked"; key: string };

const handlers = new Set<(notice: CacheNotice) => void>();
let sendToOtherProcesses: ((notice: CacheNotice) => void) | undefined;

/** A cache in this process acts on the notices other processes send. */
export function onCacheNotice(handler: (notice: CacheNotice) => void): void {
  handlers.add(handler);
}

/** Tells the other processes (this process has already acted on its own change). */
export function announceCacheNotice(notice: CacheNotice): void {
  sendToOtherProcesses?.(notice);
}

/** Wires this process into its server: how to send notices, and a function to call with those received. */
export function connectCacheNotices(send: (notice: CacheNotice) => void): (notice: CacheNotice) => void {
  sendToOtherProcesses = send;
  return (notice) => {
    for (const handler of handlers) handler(notice);
  };
}
