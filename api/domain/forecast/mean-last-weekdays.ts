import { dayValues, lastObservedSameWeekdays, type DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";

/**
 * Mean of the last k observed same weekdays, interval by interval: the planner's classic ("the
 * last four Mondays"), robust and hard to beat beyond a few days (Taylor 2008, "A comparison of
 * univariate time series methods for forecasting intraday arrivals at a call center", Mgmt Sci 54).
 * Every future day uses only history before the origin, so a day two weeks out averages the same
 * k weeks as a day one week out.
 */
export function forecastMeanOfLastWeekdays(grid: DayGrid, horizonDays: number, weekCount: number): Float64Array {
  const { slotsPerDay } = grid;
  const forecast = new Float64Array(horizonDays * slotsPerDay).fill(Number.NaN);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const target = grid.dayCount + ahead;
    const latestSameWeekday = target - 7 * Math.ceil((ahead + 1) / 7);
    const days = lastObservedSameWeekdays(grid, latestSameWeekday + 7, weekCount);
    if (days.length === 0) continue;
    const out = forecast.subarray(ahead * slotsPerDay, (ahead + 1) * slotsPerDay).fill(0);
    for (const day of days) {
      const values = dayValues(grid, day);
      for (let slot = 0; slot < slotsPerDay; slot += 1) out[slot] += values[slot] / days.length;
    }
  }
  return forecast;
}

export function meanOfLastWeekdays(weekCount: number): ForecastMethod {
  if (!Number.isInteger(weekCount) || weekCount < 1) throw new RangeError(`weekCount must be a positive integer, got ${weekCount}`);
  return {
    name: `mean-last-${weekCount}-weekdays`,
    isApplicable: (training) => training.grid.isDayObserved.includes(1),
    fit: () => ({ forecastDays: (grid, horizonDays) => forecastMeanOfLastWeekdays(grid, horizonDays, weekCount) }),
  };
}
