import { dayTotal, type DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";
import { forecastMedianOfLastWeekdays } from "./median-last-weekdays";

const DAYS_PER_YEAR = 364;
const HALF_WINDOW_DAYS = 10;

/**
 * Mean daily total of the observed days with volume within ±10 days of `day`: the level of that
 * time of year, smoothed over three weeks so a single holiday does not set it. NaN if none.
 */
function levelAround(grid: DayGrid, day: number): number {
  let total = 0;
  let count = 0;
  for (
    let other = Math.max(0, day - HALF_WINDOW_DAYS);
    other <= Math.min(grid.dayCount - 1, day + HALF_WINDOW_DAYS);
    other += 1
  ) {
    const value = dayTotal(grid, other);
    if (value > 0) [total, count] = [total + value, count + 1];
  }
  return count > 0 ? total / count : Number.NaN;
}

/**
 * Annual seasonality for long horizons: the recent weekly shape (median of the last five same
 * weekdays) scaled by how the level moved from now to the target's time of year one year ago
 * (364 days, so weekdays line up): factor = level(target − 364) / level(now − 364). The ratio is a
 * year-over-year seasonal index, the classical decomposition's idea (Hyndman & Athanasopoulos,
 * FPP3 §3.4) on the one year a queue usually has; it is kept within [0.5, 2] so one odd season
 * cannot double a plan. Needs a year and eight weeks of history.
 */
function forecastAnnual(grid: DayGrid, horizonDays: number): Float64Array {
  const forecast = forecastMedianOfLastWeekdays(grid, horizonDays, 5);
  const baseLevel = levelAround(grid, grid.dayCount - 1 - HALF_WINDOW_DAYS - DAYS_PER_YEAR);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const seasonLevel = levelAround(grid, grid.dayCount + ahead - DAYS_PER_YEAR);
    const ratio = seasonLevel / baseLevel;
    const factor = Number.isFinite(ratio) ? Math.min(2, Math.max(0.5, ratio)) : 1;
    for (let slot = 0; slot < grid.slotsPerDay; slot += 1) forecast[ahead * grid.slotsPerDay + slot] *= factor;
  }
  return forecast;
}

export const annualSeasonal: ForecastMethod = {
  name: "annual",
  isApplicable: (training) => training.grid.dayCount >= DAYS_PER_YEAR + 56,
  fit: () => ({ forecastDays: forecastAnnual }),
};
