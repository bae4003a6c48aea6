/**
 * Remembers who a credential belongs to for a few seconds, so a busy client costs one credential
 * lookup per window instead of one per request. Revocation in this process evicts at once; other API
 * processes notice within `ttlMilliseconds` (the brief allows a cache of a few seconds).
 */
export function createIdentityCache<T>(ttlMilliseconds: number, maxEntries: number, now: () => number) {
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
  };
}
