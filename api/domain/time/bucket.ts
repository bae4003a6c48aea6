import type { IntervalMinutes } from "./interval-minutes";
import { zoneOffsetMinutesAt } from "./zone";
import { MS_PER_DAY, MS_PER_MINUTE } from "./durations";

/**
 * The start of the queue interval that contains an instant, with intervals aligned to the zone's
 * wall clock (a 30-minute queue in Asia/Kolkata, UTC+05:30, starts intervals at :00 and :30 local).
 * Floors the wall-clock time and converts back with the same offset, so in a fall-back hour the
 * second 01:10 lands in the second 01:00 interval. Correct when offset changes fall on interval
 * boundaries of the wall clock, which holds for every zone whose transitions move by whole hours at
 * whole hours (all but Australia/Lord_Howe's 30-minute shift).
 */
export function bucketStartUtcMs(instantUtcMs: number, zoneName: string, intervalMinutes: IntervalMinutes): number {
  const offsetMs = zoneOffsetMinutesAt(instantUtcMs, zoneName) * MS_PER_MINUTE;
  const intervalMs = intervalMinutes * MS_PER_MINUTE;
  const flooredLocalMs = Math.floor((instantUtcMs + offsetMs) / intervalMs) * intervalMs;
  return flooredLocalMs - offsetMs;
}

/**
 * The wall-clock slot of an instant: minutes since local midnight divided by the interval length
 * (0 … 1440/interval − 1). Both occurrences of a repeated fall-back hour get the same slot.
 */
export function wallClockSlotOf(instantUtcMs: number, zoneName: string, intervalMinutes: IntervalMinutes): number {
  const localMs = instantUtcMs + zoneOffsetMinutesAt(instantUtcMs, zoneName) * MS_PER_MINUTE;
  const minuteOfDay = Math.floor((((localMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_MINUTE);
  return Math.floor(minuteOfDay / intervalMinutes);
}
