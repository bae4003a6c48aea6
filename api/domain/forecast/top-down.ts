import { dayTotal, type DayGrid } from "./day-grid";
import type { ForecastMethod } from "./forecast-method";
import type { HoltWintersParams } from "./holt-winters-filter";
import { fitHoltWintersParams, hasThreeWorkingWeeks, runAndForecast } from "./holt-winters";
import { recentIntradayProfile } from "./intraday-profile";
import { operatingDays, operatingLayout, type OperatingLayout } from "./operating-layout";

/**
 * Top-down: forecast the daily totals, then split each by the recent intraday profile of its
 * weekday (Gans, Koole & Mandelbaum 2003, "Telephone call centers: tutorial, review, and research
 * prospects", §4.2; Taylor 2008 uses the same split). Daily totals of the working days follow
 * Holt-Winters with a weekly cycle, fitted on one-day-ahead errors; the profile is far more stable
 * than the level, so it can be averaged over the last `profileWeeks` weeks.
 */
function dailyTotals(grid: DayGrid, layout: OperatingLayout): Float64Array {
  return Float64Array.from(operatingDays(grid, layout), (day) => dayTotal(grid, day));
}

function forecastTopDown(
  grid: DayGrid,
  layout: OperatingLayout,
  params: HoltWintersParams,
  horizonDays: number,
  profileWeeks: number,
): Float64Array {
  const forecast = new Float64Array(horizonDays * grid.slotsPerDay);
  const futureDays = operatingDays(grid, layout, grid.dayCount + horizonDays, grid.dayCount);
  const totals = runAndForecast(dailyTotals(grid, layout), [layout.openWeekdays.length], params, futureDays.length);
  futureDays.forEach((day, position) => {
    const profile = recentIntradayProfile(grid, day, profileWeeks);
    const ahead = day - grid.dayCount;
    if (!profile) return forecast.fill(Number.NaN, ahead * grid.slotsPerDay, (ahead + 1) * grid.slotsPerDay);
    for (let slot = 0; slot < grid.slotsPerDay; slot += 1)
      forecast[ahead * grid.slotsPerDay + slot] = Math.max(0, totals[position]) * profile[slot];
  });
  return forecast;
}

export interface TopDownOptions {
  name: string;
  profileWeeks: number;
  /** Fit the daily model on errors 1 … fitLeadDays working days ahead (1 for a day-ahead plan). */
  fitLeadDays: number;
}

export function topDown({ name, profileWeeks, fitLeadDays }: TopDownOptions): ForecastMethod {
  return {
    name,
    isApplicable: hasThreeWorkingWeeks,
    fit(training) {
      const layout = operatingLayout(training.openingHours);
      const params = fitHoltWintersParams(
        dailyTotals(training.grid, layout),
        [layout.openWeekdays.length],
        1,
        fitLeadDays,
      );
      return { forecastDays: (grid, horizonDays) => forecastTopDown(grid, layout, params, horizonDays, profileWeeks) };
    },
  };
}
