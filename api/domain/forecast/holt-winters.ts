import type { DayGrid } from "./day-grid";
import type { ForecastMethod, TrainingData } from "./forecast-method";
import { forecastAhead, initialiseState, updateState, type HoltWintersParams } from "./holt-winters-filter";
import { minimiseNelderMead } from "./nelder-mead";
import {
  compressSeries,
  expandForecast,
  futureOperatingDayCount,
  operatingLayout,
  type OperatingLayout,
} from "./operating-layout";

/**
 * Parameters are fitted on the last 16 working weeks only: enough for two-week burn-in and
 * fourteen weeks of day-ahead errors, recent enough to suit today's dynamics, and it bounds the
 * fit's cost for queues with years of history (the filter still runs over all of it to forecast).
 */
const FIT_WEEKS = 16;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/** Seasonal cycles on the compressed series: a working day of active slots, and a working week. */
export function cyclesOf(layout: OperatingLayout): number[] {
  const day = layout.activeSlots.length;
  const week = day * layout.openWeekdays.length;
  return week === day ? [day] : [day, week];
}

/**
 * Sum of squared multi-step errors: every `originEvery` observations (after a burn-in of two of
 * the longest cycle) the filter forecasts the next `leadSteps` observations, as the forecast is
 * used. Taylor 2003 fitted one-step errors; fitting the lead that is planned on (a whole working
 * day ahead, from the end of each day) matches a day-ahead plan better.
 */
export function squaredErrorAtLeads(
  series: Float64Array,
  cycles: number[],
  params: HoltWintersParams,
  originEvery: number,
  leadSteps: number,
): number {
  const state = initialiseState(series, cycles);
  const burnIn = 2 * cycles[cycles.length - 1];
  let total = 0;
  for (let t = 0; t < series.length; t += 1) {
    updateState(state, params, series[t]);
    if ((t + 1) % originEvery !== 0 || t < burnIn) continue;
    for (let step = 1; step <= leadSteps && t + step < series.length; step += 1) {
      const actual = series[t + step];
      if (!Number.isNaN(actual)) total += (actual - forecastAhead(state, params, step)) ** 2;
    }
  }
  return total;
}

function paramsOf(point: number[], cycleCount: number): HoltWintersParams {
  return {
    alpha: logistic(point[0]),
    seasonalGains: point.slice(1, 1 + cycleCount).map(logistic),
    phi: logistic(point[1 + cycleCount]),
  };
}

/**
 * Fits alpha, the seasonal gains and phi in (0, 1) by Nelder–Mead on logit scale, minimising the
 * errors of forecasts made every `originEvery` observations for the next `leadSteps`.
 */
export function fitHoltWintersParams(
  series: Float64Array,
  cycles: number[],
  originEvery: number,
  leadSteps: number,
): HoltWintersParams {
  const start = [logit(0.05), ...cycles.map(() => logit(0.1)), logit(0.5)];
  const objective = (point: number[]) =>
    squaredErrorAtLeads(series, cycles, paramsOf(point, cycles.length), originEvery, leadSteps);
  const fitted = minimiseNelderMead(objective, start, 1, 120);
  return paramsOf(fitted.point, cycles.length);
}

/** Runs the filter through a whole series and forecasts the next `steps` observations. */
export function runAndForecast(
  series: Float64Array,
  cycles: number[],
  params: HoltWintersParams,
  steps: number,
): Float64Array {
  const state = initialiseState(series, cycles);
  for (const observation of series) updateState(state, params, observation);
  const forecast = new Float64Array(steps);
  for (let step = 1; step <= steps; step += 1) forecast[step - 1] = forecastAhead(state, params, step);
  return forecast;
}

export function forecastHoltWinters(
  grid: DayGrid,
  layout: OperatingLayout,
  params: HoltWintersParams,
  horizonDays: number,
): Float64Array {
  const steps = futureOperatingDayCount(grid, layout, horizonDays) * layout.activeSlots.length;
  const compressed = runAndForecast(compressSeries(grid, layout), cyclesOf(layout), params, steps);
  return expandForecast(grid, layout, compressed, horizonDays);
}

export function hasThreeWorkingWeeks(training: TrainingData): boolean {
  const layout = operatingLayout(training.openingHours);
  const series = compressSeries(training.grid, layout);
  const week = layout.activeSlots.length * layout.openWeekdays.length;
  return week > 0 && series.length >= 3 * week;
}

/** Double-seasonal Holt-Winters with fitted parameters (needs three working weeks of history). */
export const holtWinters: ForecastMethod = {
  name: "holt-winters",
  isApplicable: hasThreeWorkingWeeks,
  fit(training) {
    const layout = operatingLayout(training.openingHours);
    const cycles = cyclesOf(layout);
    const series = compressSeries(training.grid, layout);
    const recent = series.subarray(Math.max(0, series.length - FIT_WEEKS * cycles[cycles.length - 1]));
    const params = fitHoltWintersParams(recent, cycles, cycles[0], cycles[0]);
    return { forecastDays: (grid, horizonDays) => forecastHoltWinters(grid, layout, params, horizonDays) };
  },
};
