import { announceCacheNotice, onCacheNotice } from "./cache-notices";

const sharedViews = new WeakSet<object>();

/**
 * Whether a value is a published view handed to every reader within the cache window: it is not
 * changed after it is made, so the HTTP layer may serialise it once for all of them.
 */
export const isSharedView = (value: unknown): value is object =>
  typeof value === "object" && value !== null && sharedViews.has(value);

/**
 * Presented reads of published shifts (an agent's own shifts, a published roster week), shared by
 * everyone who asks within five seconds: agents' pages and calendar apps poll, and a whole floor
 * reads the same roster week. A published version never changes; what these views also show (which
 * version is published, agent names and zones, queue names, a person's display zone) changes through
 * services that call `clear()`, which reaches every HTTP worker of this server, and other API
 * processes (a second server) catch up within the window plus one load.
 * Concurrent misses share one load, so an expiry under load costs one computation instead of one
 * per waiting request; and a view that expired less than a window ago is still answered while its
 * replacement loads, so readers do not queue behind that computation (measured with
 * `npm run bench:load`: a 300-agent roster week waited on its reload in every HTTP worker every 5 s).
 */
export function createPublishedViews(now: () => number, ttlMilliseconds = 5_000, maxEntries = 10_000) {
  const entries = new Map<string, { view: Promise<unknown>; until: number; isRefreshing: boolean }>();
  /** First loads in flight, shared by the readers that miss meanwhile. */
  const pending = new Map<string, Promise<unknown>>();
  /** Raised by clear(), so a load begun before a change never stores its view after it. */
  let generation = 0;
  onCacheNotice((notice) => notice.kind === "published-views-cleared" && clearHere());
  function clearHere(): void {
    generation += 1;
    entries.clear();
    pending.clear();
  }
  function load<T extends object>(key: string, loader: () => Promise<T>): Promise<T> {
    const startedIn = generation;
    const loading = loader().then((view) => {
      sharedViews.add(view);
      return view;
    });
    void loading.then(
      () => {
        if (generation !== startedIn) return;
        if (!entries.has(key) && entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, { view: loading, until: now() + ttlMilliseconds, isRefreshing: false });
      },
      // A failure (a 404, a lost connection) is not remembered: the next reader tries again.
      () => generation === startedIn && entries.delete(key),
    );
    return loading;
  }
  return {
    remember<T extends object>(key: string, loader: () => Promise<T>): Promise<T> {
      const time = now();
      const entry = entries.get(key);
      if (entry && entry.until >= time) return entry.view as Promise<T>;
      if (entry && entry.until + ttlMilliseconds >= time) {
        if (!entry.isRefreshing) {
          entry.isRefreshing = true;
          void load(key, loader).catch(() => undefined);
        }
        return entry.view as Promise<T>;
      }
      const known = pending.get(key);
      if (known) return known as Promise<T>;
      const loading = load(key, loader);
      pending.set(key, loading);
      void loading.finally(() => pending.get(key) === loading && pending.delete(key)).catch(() => undefined);
      return loading;
    },
    /** After a change: forgets every view, in this process and in the other HTTP workers of this server. */
    clear(): void {
      clearHere();
      announceCacheNotice({ kind: "published-views-cleared" });
    },
  };
}

export type PublishedViews = ReturnType<typeof createPublishedViews>;
