import type { IntervalObservation } from "../../../api/domain/forecast/interval-observation";
import type { IntervalMinutes } from "../../../api/domain/time/interval-minutes";
import { addDays } from "../../../api/domain/time/local-date";
import { localDayIntervalStarts } from "../../../api/domain/time/local-day";
import { wallClockSlotOf } from "../../../api/domain/time/bucket";
import { isoWeekday } from "../../../api/domain/time/local-date";

/**
 * Builds interval history from a formula of (day index, ISO weekday, wall-clock slot); a formula
 * returning null leaves the interval out (closed). Used to give methods series of known structure.
 */
export function syntheticHistory(
  firstDate: string,
  dayCount: number,
  zoneName: string,
  intervalMinutes: IntervalMinutes,
  countOf: (day: number, weekday: number, slot: number) => number | null,
  ahtOf: (slot: number) => number | null = () => null,
): IntervalObservation[] {
  const rows: IntervalObservation[] = [];
  for (let day = 0; day < dayCount; day += 1) {
    const date = addDays(firstDate, day);
    for (const start of localDayIntervalStarts(date, zoneName, intervalMinutes)) {
      const slot = wallClockSlotOf(start, zoneName, intervalMinutes);
      const count = countOf(day, isoWeekday(date), slot);
      if (count !== null) rows.push({ intervalStartUtcMs: start, count, ahtSeconds: ahtOf(slot) });
    }
  }
  return rows;
}
