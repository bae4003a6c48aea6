/**
 * Accuracy of forecasts against actuals, over the same intervals. Shares are fractions (0.062, not
 * 6.2 %). Definitions follow Hyndman & Athanasopoulos, "Forecasting: Principles and Practice" 3rd ed.,
 * §5.8: wMAPE = Σ|actual − forecast| / Σ actual (robust to the zero intervals that break MAPE);
 * bias = Σ(forecast − actual) / Σ actual (positive = over-forecast); MASE = mean absolute error
 * divided by the mean absolute error of the weekly seasonal naive on the same history (Hyndman &
 * Koehler 2006).
 */
export interface ErrorSums {
  absoluteErrorSum: number;
  signedErrorSum: number;
  actualSum: number;
  count: number;
}

export function emptyErrorSums(): ErrorSums {
  return { absoluteErrorSum: 0, signedErrorSum: 0, actualSum: 0, count: 0 };
}

/** Adds the pairs where both actual and forecast are numbers. */
export function accumulateErrors(sums: ErrorSums, actuals: ArrayLike<number>, forecasts: ArrayLike<number>): ErrorSums {
  for (let i = 0; i < actuals.length; i += 1) {
    if (Number.isNaN(actuals[i]) || Number.isNaN(forecasts[i])) continue;
    sums.absoluteErrorSum += Math.abs(actuals[i] - forecasts[i]);
    sums.signedErrorSum += forecasts[i] - actuals[i];
    sums.actualSum += actuals[i];
    sums.count += 1;
  }
  return sums;
}

/** NaN when there was no volume to compare against. */
export function wmapeFraction(sums: ErrorSums): number {
  return sums.actualSum > 0 ? sums.absoluteErrorSum / sums.actualSum : Number.NaN;
}

export function biasFraction(sums: ErrorSums): number {
  return sums.actualSum > 0 ? sums.signedErrorSum / sums.actualSum : Number.NaN;
}

/** MASE from the same pairs' sums and the naive's mean absolute error; NaN if the naive is perfect. */
export function mase(sums: ErrorSums, naiveMeanAbsoluteError: number): number {
  if (sums.count === 0 || !(naiveMeanAbsoluteError > 0)) return Number.NaN;
  return sums.absoluteErrorSum / sums.count / naiveMeanAbsoluteError;
}
