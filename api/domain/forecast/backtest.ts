import { dayValues, takeFirstDays, type DayGrid } from "./day-grid";
import { finaliseForecast } from "./finalise-forecast";
import type { ForecastMethod, TrainingData } from "./forecast-method";

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16):
 * each forecast is made at the end of a day from the history up to that day only, and scored on a
 * later day. "day-ahead" scores the next observed day after the origin's day; "week-ahead" scores
 * the same weekday one week after the origin's day.
 */
export type HorizonBand = "day-ahead" | "week-ahead";
export const HORIZON_BANDS: readonly HorizonBand[] = ["day-ahead", "week-ahead"];

export interface BacktestTarget {
  band: HorizonBand;
  /** Days of history the forecast may use: the origin is the end of day `originDayCount − 1`. */
  originDayCount: number;
  targetDay: number;
}

/** Targets for every observed day from `firstTargetDay` on, whose origin leaves `minTrainingDays`. */
export function backtestTargets(grid: DayGrid, firstTargetDay: number, minTrainingDays: number): BacktestTarget[] {
  const targets: BacktestTarget[] = [];
  for (let targetDay = Math.max(firstTargetDay, 1); targetDay < grid.dayCount; targetDay += 1) {
    if (!grid.isDayObserved[targetDay] || !hasVolume(grid, targetDay)) continue;
    let previous = targetDay - 1;
    while (previous >= 0 && !(grid.isDayObserved[previous] && hasVolume(grid, previous))) previous -= 1;
    if (previous + 1 >= minTrainingDays) targets.push({ band: "day-ahead", originDayCount: previous + 1, targetDay });
    if (targetDay - 6 >= minTrainingDays)
      targets.push({ band: "week-ahead", originDayCount: targetDay - 6, targetDay });
  }
  return targets;
}

function hasVolume(grid: DayGrid, day: number): boolean {
  return dayValues(grid, day).some((value) => value > 0);
}

export interface BacktestForecast {
  target: BacktestTarget;
  /** The target day's finalised forecast, one value per slot. */
  forecast: Float64Array;
}

/**
 * Fits the method once on the history before the earliest origin, then forecasts each target from
 * its own origin with only the days before it: the model never receives a day past its origin, so
 * poisoning the future cannot change a backtest forecast.
 */
export function runBacktest(
  training: TrainingData,
  method: ForecastMethod,
  targets: readonly BacktestTarget[],
): BacktestForecast[] {
  if (targets.length === 0) return [];
  const firstOrigin = Math.min(...targets.map((target) => target.originDayCount));
  const model = method.fit({ ...training, grid: takeFirstDays(training.grid, firstOrigin) });
  const byOrigin = new Map<number, BacktestTarget[]>();
  for (const target of targets)
    byOrigin.set(target.originDayCount, [...(byOrigin.get(target.originDayCount) ?? []), target]);
  const results: BacktestForecast[] = [];
  for (const [originDayCount, originTargets] of byOrigin) {
    const history = takeFirstDays(training.grid, originDayCount);
    const horizonDays = Math.max(...originTargets.map((target) => target.targetDay)) - originDayCount + 1;
    const forecast = finaliseForecast(history, training.openingHours, model.forecastDays(history, horizonDays));
    for (const target of originTargets) {
      const ahead = target.targetDay - originDayCount;
      results.push({
        target,
        forecast: forecast.slice(ahead * history.slotsPerDay, (ahead + 1) * history.slotsPerDay),
      });
    }
  }
  return results;
}
