import { IANAZone } from "luxon";
import { MS_PER_DAY, MS_PER_MINUTE } from "./durations";

/**
 * Offsets of IANA zones, memoised per UTC day when the offset is the same at both ends of the day
 * (a zone changes offset at most once a day, so such a day has no change), else per 15-minute block
 * of UTC (every transition in the tz database since 1970 falls on a quarter hour of UTC), a block
 * being cached only when its two ends agree. So the cache never hides a transition, and asking Intl,
 * which costs microseconds, happens a few times per day of data instead of once per row.
 */
const BLOCK_MS = 15 * MS_PER_MINUTE;
const zones = new Map<
  string,
  { zone: IANAZone; offsetByBlock: Map<number, number>; offsetByDay: Map<number, number | null> }
>();

function zoneEntry(zoneName: string) {
  let entry = zones.get(zoneName);
  if (!entry) {
    if (!IANAZone.isValidZone(zoneName)) throw new RangeError(`unknown IANA time zone: ${zoneName}`);
    entry = { zone: IANAZone.create(zoneName), offsetByBlock: new Map(), offsetByDay: new Map() };
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
  const day = Math.floor(instantUtcMs / MS_PER_DAY);
  let dayOffset = entry.offsetByDay.get(day);
  if (dayOffset === undefined) {
    const atStart = entry.zone.offset(day * MS_PER_DAY);
    dayOffset = atStart === entry.zone.offset((day + 1) * MS_PER_DAY - 1) ? atStart : null;
    entry.offsetByDay.set(day, dayOffset);
  }
  if (dayOffset !== null) return dayOffset;
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
  return instantUtcMs + zoneOffsetMinutesAt(instantUtcMs, zoneName) * MS_PER_MINUTE;
}
