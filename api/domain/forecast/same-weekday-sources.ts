import type { DayGrid } from "./day-grid";
import { lastObservedSameWeekdays } from "./day-grid";

/**
 * The frame of the "last k same weekdays" methods: for each future day, the last `weekCount` observed
 * days of its weekday before the origin (so a day two weeks out uses the same weeks as a day one week
 * out), handed to `combine` to fill that day's slots. Days with no such history stay NaN.
 */
export function forecastFromSameWeekdays(
  grid: DayGrid,
  horizonDays: number,
  weekCount: number,
  combine: (sourceDays: number[], out: Float64Array) => void,
): Float64Array {
  const { slotsPerDay } = grid;
  const forecast = new Float64Array(horizonDays * slotsPerDay).fill(Number.NaN);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const target = grid.dayCount + ahead;
    const latestSameWeekday = target - 7 * Math.ceil((ahead + 1) / 7);
    const days = lastObservedSameWeekdays(grid, latestSameWeekday + 7, weekCount);
    if (days.length > 0) combine(days, forecast.subarray(ahead * slotsPerDay, (ahead + 1) * slotsPerDay));
  }
  return forecast;
}
