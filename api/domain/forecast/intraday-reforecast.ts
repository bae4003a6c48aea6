import { backtestTargets, runBacktest } from "./backtest";
import { dayValues } from "./day-grid";
import type { ForecastMethod, TrainingData } from "./forecast-method";
import { applyLevelUpdate, levelMultiplier, observedLevelRatio } from "./intraday-level-update";
import { learnIntradayWeights } from "./intraday-weights";

/** Past days the weights are learned on: the same 28-day window the method selection backtests. */
export const INTRADAY_WINDOW_DAYS = 28;
const MIN_TRAINING_DAYS = 28;

export interface IntradayReforecastInput {
  /** The history up to the end of yesterday, as the day-ahead forecast was trained on. */
  training: TrainingData;
  /** The day-ahead method (or combination) chosen for the queue. */
  dayAheadMethod: ForecastMethod;
  /** Today's day-ahead forecast, one value per slot. */
  dayAhead: ArrayLike<number>;
  /** Today's actuals per slot, NaN where not (yet) observed. */
  observed: ArrayLike<number>;
  /** The first slot not yet observed: everything before it is the morning so far. */
  cutSlot: number;
}

export interface IntradayReforecast {
  /** Today's day-ahead forecast as it was before the update, one value per slot. */
  dayAhead: Float64Array;
  /** Today's forecast: the slots before the cut as they were, the rest re-levelled. */
  forecast: Float64Array;
  /** Observed ÷ forecast volume so far; null when the forecast expected nothing yet (nothing to learn from). */
  observedRatio: number | null;
  /** The shrinkage weight learned for this time of day. */
  weight: number;
  /** The factor the rest of the day was scaled by. */
  multiplier: number;
  /** Past days the weight was learned on. */
  backtestDayCount: number;
}

/**
 * Re-forecasts the rest of today from the morning so far (intraday-level-update.ts), with the
 * weight for this time of day learned on the queue's last 28 days: each day's day-ahead forecast
 * is made from the history before it only (runBacktest), then cut at every slot and updated.
 */
export function reforecastRestOfDay(input: IntradayReforecastInput): IntradayReforecast {
  const { grid } = input.training;
  const targets = backtestTargets(grid, grid.dayCount - INTRADAY_WINDOW_DAYS, MIN_TRAINING_DAYS).filter(
    (target) => target.band === "day-ahead",
  );
  const days = runBacktest(input.training, input.dayAheadMethod, targets).map((backtest) => ({
    dayAhead: backtest.forecast,
    actual: dayValues(grid, backtest.target.targetDay),
  }));
  const weights = learnIntradayWeights(days, grid.slotsPerDay);
  const cutSlot = Math.max(0, Math.min(grid.slotsPerDay, input.cutSlot));
  const weight = cutSlot > 0 && cutSlot < grid.slotsPerDay ? weights[cutSlot] : 0;
  const observedRatio = observedLevelRatio(input.dayAhead, input.observed, cutSlot);
  const multiplier = observedRatio === null ? 1 : levelMultiplier(observedRatio, weight);
  const forecast =
    observedRatio === null
      ? Float64Array.from(input.dayAhead)
      : applyLevelUpdate(input.dayAhead, cutSlot, observedRatio, weight);
  return {
    dayAhead: Float64Array.from(input.dayAhead),
    forecast,
    observedRatio,
    weight,
    multiplier,
    backtestDayCount: days.length,
  };
}
