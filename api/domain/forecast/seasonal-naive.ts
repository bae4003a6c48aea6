import { dayValues, lastObservedSameWeekdays, type DayGrid } from "./day-grid";
import type { FittedModel, ForecastMethod } from "./forecast-method";

/**
 * Seasonal naive: each future interval repeats the same interval on the same weekday of the last
 * observed week (skipping a holiday back to the week before). The benchmark every other method must
 * beat, and the denominator of MASE (Hyndman & Koehler 2006, "Another look at measures of forecast
 * accuracy", with the weekly season).
 */
export function forecastSeasonalNaive(grid: DayGrid, horizonDays: number): Float64Array {
  const { slotsPerDay } = grid;
  const forecast = new Float64Array(horizonDays * slotsPerDay).fill(Number.NaN);
  for (let ahead = 0; ahead < horizonDays; ahead += 1) {
    const target = grid.dayCount + ahead;
    const firstPossible = target - 7 * Math.ceil((ahead + 1) / 7);
    const source = firstPossible + 7;
    const [day] = lastObservedSameWeekdays(grid, source, 1);
    if (day !== undefined) forecast.set(dayValues(grid, day), ahead * slotsPerDay);
  }
  return forecast;
}

const model: FittedModel = { forecastDays: forecastSeasonalNaive };

export const seasonalNaive: ForecastMethod = {
  name: "seasonal-naive",
  isApplicable: (training) => training.grid.isDayObserved.includes(1),
  fit: () => model,
};
