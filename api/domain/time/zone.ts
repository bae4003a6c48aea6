import { IANAZone } from "luxon";

/**
 * Offsets of IANA zones, memoised per 15-minute block of UTC: every transition in the tz database
 * since 1970 falls on a quarter hour of UTC, and a block is cached only when its two ends agree, so
 * the cache can never hide a transition. Asking Intl costs microseconds; bucketing a million rows
 * asks a few thousand times instead of a million.
 */
const BLOCK_MS = 15 * 60_000;
const zones = new Map<string, { zone: IANAZone; offsetByBlock: Map<number, number> }>();

function zoneEntry(zoneName: string) {
  let entry = zones.get(zoneName);
  if (!entry) {
    if (!IANAZone.isValidZone(zoneName)) throw new RangeError(`unknown IANA time zone: ${zoneName}`);
    entry = { zone: IANAZone.create(zoneName), offsetByBlock: new Map() };
    zones.set(zoneName, entry);
  }
  return entry;
}

export function isValidTimeZone(zoneName: string): boolean {
  return IANAZone.isValidZone(zoneName);
}

/** Throws RangeError for a name that is not an IANA zone (fixed offsets like "+08:00" are not zones). */
export function assertValidTimeZone(zoneName: string): void {
  zoneEntry(zoneName);
}

/** The zone's offset from UTC, in minutes (east positive), at an instant. */
export function zoneOffsetMinutesAt(instantUtcMs: number, zoneName: string): number {
  const entry = zoneEntry(zoneName);
  const block = Math.floor(instantUtcMs / BLOCK_MS);
  const cached = entry.offsetByBlock.get(block);
  if (cached !== undefined) return cached;
  const offset = entry.zone.offset(instantUtcMs);
  const blockStart = block * BLOCK_MS;
  if (entry.zone.offset(blockStart) === offset && entry.zone.offset(blockStart + BLOCK_MS - 1) === offset) {
    entry.offsetByBlock.set(block, offset);
  }
  return offset;
}

/** Wall-clock time of an instant in a zone, encoded as if it were UTC milliseconds ("local ms"). */
export function toLocalMs(instantUtcMs: number, zoneName: string): number {
  return instantUtcMs + zoneOffsetMinutesAt(instantUtcMs, zoneName) * 60_000;
}
