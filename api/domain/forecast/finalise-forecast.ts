import { weekdayOfGridDay, type DayGrid } from "./day-grid";
import type { OpeningHours } from "./opening-hours";

/**
 * What every raw model forecast goes through before anyone sees it or scores it: closed slots are
 * 0, negative values are 0 (a count cannot be negative), and a NaN (the method could not say) is
 * taken from `fallback` when given, else 0. `forecast` holds `horizonDays` days after the grid.
 */
export function finaliseForecast(
  grid: DayGrid,
  openingHours: OpeningHours,
  forecast: Float64Array,
  fallback?: Float64Array,
): Float64Array {
  const { slotsPerDay } = grid;
  const result = new Float64Array(forecast.length);
  for (let index = 0; index < forecast.length; index += 1) {
    const ahead = Math.floor(index / slotsPerDay);
    const weekday = weekdayOfGridDay(grid, grid.dayCount + ahead);
    if (!openingHours.isOpen[(weekday - 1) * slotsPerDay + (index % slotsPerDay)]) continue;
    const value = Number.isNaN(forecast[index]) ? (fallback?.[index] ?? 0) : forecast[index];
    result[index] = Number.isNaN(value) ? 0 : Math.max(0, value);
  }
  return result;
}
