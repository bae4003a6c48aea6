import type { DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";
import { forecastFromSameWeekdays } from "./same-weekday-sources";

/**
 * Median of the last k observed same weekdays, interval by interval. The robust cousin of the
 * mean: one abnormal day (an outage, a marketing mail-out, the day after a holiday) moves a mean
 * of four by a quarter of its excess and a median of five not at all. On the US bank series it
 * cuts week-ahead wMAPE from 7.3 % (mean of 4) to 6.6 % (scripts/bench-forecast.ts).
 */
export function forecastMedianOfLastWeekdays(grid: DayGrid, horizonDays: number, weekCount: number): Float64Array {
  return forecastFromSameWeekdays(grid, horizonDays, weekCount, (days, out) => {
    const column = new Float64Array(days.length);
    for (let slot = 0; slot < grid.slotsPerDay; slot += 1) {
      days.forEach((day, index) => (column[index] = grid.values[day * grid.slotsPerDay + slot]));
      out[slot] = medianOf(column);
    }
  });
}

/** Median of a non-empty array (mean of the two middle values for an even length); sorts in place. */
export function medianOf(values: Float64Array): number {
  values.sort();
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

export function medianOfLastWeekdays(weekCount: number): ForecastMethod {
  if (!Number.isInteger(weekCount) || weekCount < 1)
    throw new RangeError(`weekCount must be a positive integer, got ${weekCount}`);
  return {
    name: `median-last-${weekCount}-weekdays`,
    isApplicable: (training) => training.grid.isDayObserved.includes(1),
    fit: () => ({ forecastDays: (grid, horizonDays) => forecastMedianOfLastWeekdays(grid, horizonDays, weekCount) }),
  };
}
