import { dayValues, type DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";
import { forecastFromSameWeekdays } from "./same-weekday-sources";

/**
 * Mean of the last k observed same weekdays, interval by interval: the planner's classic ("the
 * last four Mondays"), robust and hard to beat beyond a few days (Taylor 2008, "A comparison of
 * univariate time series methods for forecasting intraday arrivals at a call center", Mgmt Sci 54).
 * Every future day uses only history before the origin, so a day two weeks out averages the same
 * k weeks as a day one week out.
 */
export function forecastMeanOfLastWeekdays(grid: DayGrid, horizonDays: number, weekCount: number): Float64Array {
  return forecastFromSameWeekdays(grid, horizonDays, weekCount, (days, out) => {
    out.fill(0);
    for (const day of days) {
      const values = dayValues(grid, day);
      for (let slot = 0; slot < grid.slotsPerDay; slot += 1) out[slot] += values[slot] / days.length;
    }
  });
}

export function meanOfLastWeekdays(weekCount: number): ForecastMethod {
  if (!Number.isInteger(weekCount) || weekCount < 1)
    throw new RangeError(`weekCount must be a positive integer, got ${weekCount}`);
  return {
    name: `mean-last-${weekCount}-weekdays`,
    isApplicable: (training) => training.grid.isDayObserved.includes(1),
    fit: () => ({ forecastDays: (grid, horizonDays) => forecastMeanOfLastWeekdays(grid, horizonDays, weekCount) }),
  };
}
