import { weekdayOfGridDay, type DayGrid } from "./day-grid";
import type { OpeningHours } from "./opening-hours";

/** Whether a slot of a day counts in accuracy: open, or closed but with volume (hours missed it). */
export function countsForAccuracy(
  grid: DayGrid,
  openingHours: OpeningHours,
  day: number,
  slot: number,
  actual: number,
): boolean {
  const weekday = weekdayOfGridDay(grid, day);
  return openingHours.isOpen[(weekday - 1) * grid.slotsPerDay + slot] === 1 || actual > 0;
}

/**
 * The in-sample mean absolute error of the weekly seasonal naive (y[d] − y[d − 7] per slot over the
 * observed days of the history): the MASE denominator of Hyndman & Koehler 2006 with m = one week.
 */
export function weeklyNaiveMeanAbsoluteError(grid: DayGrid, openingHours: OpeningHours): number {
  let sum = 0;
  let count = 0;
  for (let day = 7; day < grid.dayCount; day += 1) {
    if (!grid.isDayObserved[day] || !grid.isDayObserved[day - 7]) continue;
    for (let slot = 0; slot < grid.slotsPerDay; slot += 1) {
      const actual = grid.values[day * grid.slotsPerDay + slot];
      if (!countsForAccuracy(grid, openingHours, day, slot, actual)) continue;
      sum += Math.abs(actual - grid.values[(day - 7) * grid.slotsPerDay + slot]);
      count += 1;
    }
  }
  return count > 0 ? sum / count : Number.NaN;
}
