import { lastObservedSameWeekdays, type DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";

/**
 * Median of the last k observed same weekdays, interval by interval. The robust cousin of the
 * mean: one abnormal day (an outage, a marketing mail-out, the day after a holiday) moves a mean
 * of four by a quarter of its excess and a median of five not at all. On the US bank series it
 * cuts week-ahead wMAPE from 7.3 % (mean of 4) to 6.6 % (scripts/bench-forecast.ts).
 */
export function forecastMedianOfLastWeekdays(grid: DayGrid, horizonDays: number, weekCount: number): Float64Array {
  const { slotsPerDay } = grid;
  const forecast = new Float64Array(horizonDays * slotsPerDay).fill(Number.NaN);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const target = grid.dayCount + ahead;
    const latestSameWeekday = target - 7 * Math.ceil((ahead + 1) / 7);
    const days = lastObservedSameWeekdays(grid, latestSameWeekday + 7, weekCount);
    if (days.length === 0) continue;
    const column = new Float64Array(days.length);
    for (let slot = 0; slot < slotsPerDay; slot += 1) {
      days.forEach((day, index) => (column[index] = grid.values[day * slotsPerDay + slot]));
      forecast[ahead * slotsPerDay + slot] = medianOf(column);
    }
  }
  return forecast;
}

/** Median of a non-empty array (mean of the two middle values for an even length); sorts in place. */
export function medianOf(values: Float64Array): number {
  values.sort();
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

export function medianOfLastWeekdays(weekCount: number): ForecastMethod {
  if (!Number.isInteger(weekCount) || weekCount < 1) throw new RangeError(`weekCount must be a positive integer, got ${weekCount}`);
  return {
    name: `median-last-${weekCount}-weekdays`,
    isApplicable: (training) => training.grid.isDayObserved.includes(1),
    fit: () => ({ forecastDays: (grid, horizonDays) => forecastMedianOfLastWeekdays(grid, horizonDays, weekCount) }),
  };
}
