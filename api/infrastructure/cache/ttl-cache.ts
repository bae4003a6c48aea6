/**
 * Keeps answers for a few seconds (who a credential belongs to, a queue's name), so a busy client
 * costs one lookup per window instead of one per request. Whoever changes the data evicts it in this
 * process; other API processes notice within `ttlMilliseconds` (a cache of a few seconds is allowed:
 * nothing here is state that cannot be lost).
 */
export function createTtlCache<T>(ttlMilliseconds: number, maxEntries: number, now: () => number) {
  const entries = new Map<string, { value: T; until: number }>();
  return {
    get(key: string): T | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until >= now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key: string, value: T): void {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, until: now() + ttlMilliseconds });
    },
    delete(key: string): void {
      entries.delete(key);
    },
    clear(): void {
      entries.clear();
    },
  };
}
