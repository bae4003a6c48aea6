import { levelMultiplier, observedLevelRatio } from "./intraday-level-update";

/** One past day: its day-ahead forecast and what happened, slot by slot (NaN where not observed). */
export interface IntradayBacktestDay {
  dayAhead: ArrayLike<number>;
  actual: ArrayLike<number>;
}

/** The weights tried: 0, 0.05, …, 1. A weight of 0 is the day-ahead forecast itself. */
export const WEIGHT_GRID: readonly number[] = Array.from({ length: 21 }, (_, index) => index / 20);

/** Cut slots within this many slots of a cut are scored together, so 20 past days decide a weight rather than one noisy cut. */
const POOLED_SLOTS = 2;

function restOfDayAbsoluteError(day: IntradayBacktestDay, cutSlot: number, weight: number): number {
  const ratio = observedLevelRatio(day.dayAhead, day.actual, cutSlot);
  const multiplier = ratio === null ? 1 : levelMultiplier(ratio, weight);
  let error = 0;
  for (let slot = cutSlot; slot < day.actual.length; slot += 1) {
    if (Number.isNaN(day.actual[slot]) || Number.isNaN(day.dayAhead[slot])) continue;
    error += Math.abs(day.actual[slot] - day.dayAhead[slot] * multiplier);
  }
  return error;
}

/**
 * The shrinkage weight for each cut slot (time of day), learned by backtest on the queue's own past
 * days: the weight of WEIGHT_GRID whose update had the least rest-of-day absolute error (the
 * numerator of wMAPE) over those days, at that cut and its neighbours. A tie keeps the smaller
 * weight, so a queue whose mornings say nothing (low volume: the ratio is Poisson noise) keeps its
 * day-ahead forecast, and over the backtested days the update is never worse than it. Slot 0 (nothing
 * observed yet) gets 0. Without days, every weight is 0.
 */
export function learnIntradayWeights(days: readonly IntradayBacktestDay[], slotsPerDay: number): Float64Array {
  const weights = new Float64Array(slotsPerDay);
  for (let cutSlot = 1; cutSlot < slotsPerDay; cutSlot += 1) {
    const pooled: number[] = [];
    for (
      let cut = Math.max(1, cutSlot - POOLED_SLOTS);
      cut <= Math.min(slotsPerDay - 1, cutSlot + POOLED_SLOTS);
      cut += 1
    )
      pooled.push(cut);
    let best = { weight: 0, error: Number.POSITIVE_INFINITY };
    for (const weight of WEIGHT_GRID) {
      let error = 0;
      for (const day of days) for (const cut of pooled) error += restOfDayAbsoluteError(day, cut, weight);
      if (error < best.error * (1 - 1e-12)) best = { weight, error };
    }
    weights[cutSlot] = best.weight;
  }
  return weights;
}
