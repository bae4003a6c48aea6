import { wallClockSlotOf } from "../time/bucket";
import type { IntervalMinutes } from "../time/interval-minutes";
import { localEpochDayOf } from "../time/local-day";
import type { IntervalObservation } from "./interval-observation";
import { MS_PER_MINUTE } from "../time/durations";

/**
 * Today's intervals that ended by `asOfUtcMs`, laid out by wall-clock slot (NaN where none), and
 * the first slot not fully observed: the part of the day a re-forecast at `asOfUtcMs` may use. The
 * two occurrences of a fall-back hour share a slot, as in the day grid, and are averaged.
 */
export function observedToday(
  history: readonly IntervalObservation[],
  asOfUtcMs: number,
  zoneName: string,
  intervalMinutes: IntervalMinutes,
): { values: Float64Array; cutSlot: number; intervalCount: number } {
  const slotsPerDay = (24 * 60) / intervalMinutes;
  const today = localEpochDayOf(asOfUtcMs, zoneName);
  const sums = new Float64Array(slotsPerDay);
  const counts = new Uint8Array(slotsPerDay);
  let intervalCount = 0;
  for (const row of history) {
    if (
      row.intervalStartUtcMs + intervalMinutes * MS_PER_MINUTE > asOfUtcMs ||
      localEpochDayOf(row.intervalStartUtcMs, zoneName) !== today
    )
      continue;
    const slot = wallClockSlotOf(row.intervalStartUtcMs, zoneName, intervalMinutes);
    sums[slot] += row.count;
    counts[slot] += 1;
    intervalCount += 1;
  }
  const values = sums.map((sum, slot) => (counts[slot] > 0 ? sum / counts[slot] : Number.NaN));
  return { values, cutSlot: wallClockSlotOf(asOfUtcMs, zoneName, intervalMinutes), intervalCount };
}
