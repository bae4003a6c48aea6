import { accumulateErrors, biasFraction, emptyErrorSums, mase, wmapeFraction, type ErrorSums } from "./accuracy";
import type { BacktestForecast, HorizonBand } from "./backtest";
import { dayValues, type DayGrid } from "./day-grid";
import type { OpeningHours } from "./opening-hours";
import { countsForAccuracy } from "./naive-scale";
import { poissonFloorWmapeFraction } from "./poisson-floor";

/** A method's backtest accuracy in one horizon band. Fractions, not percents. */
export interface BandAccuracy {
  band: HorizonBand;
  method: string;
  wmapeFraction: number;
  mase: number;
  biasFraction: number;
  /** Extra-Poisson dispersion c² in Var = μ + c²μ², used for quantiles (see forecast-quantiles.ts). */
  dispersion: number;
  targetDays: number;
}

/** Actual and forecast values of the slots that count, for every backtest forecast of a band. */
export function bandPairs(
  grid: DayGrid,
  openingHours: OpeningHours,
  forecasts: readonly BacktestForecast[],
  band: HorizonBand,
): BandPairs {
  const actuals: number[] = [];
  const predictions: number[] = [];
  let targetDays = 0;
  for (const { target, forecast } of forecasts) {
    if (target.band !== band) continue;
    targetDays += 1;
    const values = dayValues(grid, target.targetDay);
    values.forEach((actual, slot) => {
      if (!countsForAccuracy(grid, openingHours, target.targetDay, slot, actual)) return;
      actuals.push(actual);
      predictions.push(forecast[slot]);
    });
  }
  return { actuals, predictions, targetDays };
}

/**
 * Moment estimate of c² from Var(actual − forecast) ≈ μ + c²μ² (Poisson noise plus a model error
 * proportional to the rate, the negative-binomial form of Jongbloed & Koole 2001, "Managing
 * uncertainty in call centres using Poisson mixtures"), never below 0.
 */
export function estimateDispersion(actuals: readonly number[], predictions: readonly number[]): number {
  let excess = 0;
  let scale = 0;
  actuals.forEach((actual, index) => {
    excess += (actual - predictions[index]) ** 2 - predictions[index];
    scale += predictions[index] ** 2;
  });
  return scale > 0 ? Math.max(0, excess / scale) : 0;
}

export interface BandPairs {
  actuals: number[];
  predictions: number[];
  targetDays: number;
}

export function scoreBand(
  method: string,
  band: HorizonBand,
  { actuals, predictions, targetDays }: BandPairs,
  naiveMeanAbsoluteError: number,
): BandAccuracy {
  const sums: ErrorSums = accumulateErrors(emptyErrorSums(), actuals, predictions);
  return {
    band,
    method,
    wmapeFraction: wmapeFraction(sums),
    mase: mase(sums, naiveMeanAbsoluteError),
    biasFraction: biasFraction(sums),
    dispersion: estimateDispersion(actuals, predictions),
    targetDays,
  };
}

export function poissonFloorOf(actuals: readonly number[]): number {
  return poissonFloorWmapeFraction(actuals);
}
