import { averageIgnoringNaN } from "./combination";
import { backtestTargets, HORIZON_BANDS, runBacktest, type BacktestForecast, type HorizonBand } from "./backtest";
import { takeFirstDays } from "./day-grid";
import type { ForecastMethod, TrainingData } from "./forecast-method";
import { bandPairs, poissonFloorOf, scoreBand, type BandAccuracy } from "./method-scores";
import { weeklyNaiveMeanAbsoluteError } from "./naive-scale";

/** The shortest history a backtest origin may have: three weeks, so every weekday was seen thrice. */
const MIN_TRAINING_DAYS = 21;

export interface SelectionOptions {
  /** Backtest targets are the observed days of the last `windowDays` days of history. */
  windowDays: number;
  /** Largest number of methods averaged in one candidate. */
  maxMembers: number;
  /** Score only this candidate (a method the planner chose) instead of searching. */
  fixedMembers?: readonly string[];
}

export interface BandSelection {
  chosen: BandAccuracy;
  members: string[];
  seasonalNaive: BandAccuracy | null;
  poissonFloorFraction: number;
}

export interface SelectionReport {
  bands: Record<HorizonBand, BandSelection>;
  /** Every candidate scored, for the accuracy card. */
  candidates: BandAccuracy[];
}

/** Non-empty subsets of up to `maxSize` items, smallest first, each in the items' order. */
export function subsetsUpTo<T>(items: readonly T[], maxSize: number): T[][] {
  const result: T[][] = [];
  const grow = (start: number, current: T[]) => {
    for (let index = start; index < items.length; index += 1) {
      const next = [...current, items[index]];
      result.push(next);
      if (next.length < maxSize) grow(index + 1, next);
    }
  };
  grow(0, []);
  return result.sort((a, b) => a.length - b.length);
}

/**
 * Automatic selection: backtests every applicable method on the last weeks of history (rolling
 * origins, never past each origin), averages their forecasts into every combination of up to
 * `maxMembers`, and keeps per horizon band the candidate with the lowest wMAPE (fewer members win
 * ties). A band without targets of its own (a short history has day-ahead targets before it has
 * week-ahead ones) borrows the other band's choice; null when there is no target at all.
 */
export function selectByBacktest(
  training: TrainingData,
  methods: readonly ForecastMethod[],
  options: SelectionOptions,
): SelectionReport | null {
  const { grid, openingHours } = training;
  const targets = backtestTargets(grid, grid.dayCount - options.windowDays, MIN_TRAINING_DAYS);
  if (targets.length === 0) return null;
  const firstOrigin = Math.min(...targets.map((target) => target.originDayCount));
  const atFirstOrigin = { ...training, grid: takeFirstDays(grid, firstOrigin) };
  const applicable = methods.filter((method) => method.isApplicable(atFirstOrigin));
  const backtests = new Map(applicable.map((method) => [method.name, runBacktest(training, method, targets)]));
  const naiveMeanAbsoluteError = weeklyNaiveMeanAbsoluteError(grid, openingHours);
  const candidates: BandAccuracy[] = [];
  const bands: Partial<Record<HorizonBand, BandSelection>> = {};
  for (const band of HORIZON_BANDS) {
    let best: { accuracy: BandAccuracy; members: string[] } | null = null;
    const searched = options.fixedMembers
      ? [[...options.fixedMembers]]
      : subsetsUpTo([...backtests.keys()], options.maxMembers);
    for (const members of searched.filter((candidate) => candidate.every((name) => backtests.has(name)))) {
      const pairs = bandPairs(grid, openingHours, averageBacktests(members.map((name) => backtests.get(name)!)), band);
      if (pairs.targetDays === 0) continue;
      const accuracy = scoreBand(candidateName(members), band, pairs, naiveMeanAbsoluteError);
      candidates.push(accuracy);
      if (!best || accuracy.wmapeFraction < best.accuracy.wmapeFraction - 1e-12) best = { accuracy, members };
    }
    if (!best) continue;
    const naiveBacktest = backtests.get("seasonal-naive");
    const naivePairs = naiveBacktest ? bandPairs(grid, openingHours, naiveBacktest, band) : null;
    bands[band] = {
      chosen: best.accuracy,
      members: best.members,
      seasonalNaive: naivePairs ? scoreBand("seasonal-naive", band, naivePairs, naiveMeanAbsoluteError) : null,
      poissonFloorFraction: poissonFloorOf(
        bandPairs(grid, openingHours, backtests.get(best.members[0])!, band).actuals,
      ),
    };
  }
  const [dayAhead, weekAhead] = [bands["day-ahead"], bands["week-ahead"]];
  if (!dayAhead && !weekAhead) return null;
  return { bands: { "day-ahead": (dayAhead ?? weekAhead)!, "week-ahead": (weekAhead ?? dayAhead)! }, candidates };
}

export function candidateName(members: readonly string[]): string {
  return members.length === 1 ? members[0] : `combination(${members.join("+")})`;
}

/** Member backtests share targets in the same order, so forecasts average position by position. */
function averageBacktests(backtests: readonly BacktestForecast[][]): BacktestForecast[] {
  if (backtests.length === 1) return backtests[0];
  return backtests[0].map((first, index) => ({
    target: first.target,
    forecast: averageIgnoringNaN(backtests.map((backtest) => backtest[index].forecast)),
  }));
}
