import { announceCacheNotice, onCacheNotice } from "./cache-notices";
import { createTtlCache } from "./ttl-cache";

const sharedViews = new WeakSet<object>();

/**
 * Whether a value is a published view handed to every reader within the cache window: it is not
 * changed after it is made, so the HTTP layer may serialise it once for all of them.
 */
export const isSharedView = (value: unknown): value is object => typeof value === "object" && value !== null && sharedViews.has(value);

/**
 * Presented reads of published shifts (an agent's own shifts, a published roster week), shared by
 * everyone who asks within five seconds: agents' pages and calendar apps poll, and a whole floor
 * reads the same roster week. A published version never changes; what these views also show (which
 * version is published, agent names and zones, queue names, a person's display zone) changes through
 * services that call `clear()`, which reaches every HTTP worker of this server, and other API
 * processes (a second server) catch up within the window.
 * Concurrent misses share one load, so an expiry under load costs one computation instead of one
 * per waiting request.
 */
export function createPublishedViews(now: () => number, ttlMilliseconds = 5_000) {
  const loads = createTtlCache<Promise<unknown>>(ttlMilliseconds, 10_000, now);
  onCacheNotice((notice) => notice.kind === "published-views-cleared" && loads.clear());
  return {
    remember<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
      const known = loads.get(key) as Promise<T> | undefined;
      if (known) return known;
      const loading = load().then((view) => {
        sharedViews.add(view);
        return view;
      });
      loads.set(key, loading);
      // A failure (a 404, a lost connection) is not remembered: the next reader tries again.
      loading.catch(() => loads.get(key) === loading && loads.delete(key));
      return loading;
    },
    /** After a change: forgets every view, in this process and in the other HTTP workers of this server. */
    clear(): void {
      loads.clear();
      announceCacheNotice({ kind: "published-views-cleared" });
    },
  };
}

export type PublishedViews = ReturnType<typeof createPublishedViews>;
