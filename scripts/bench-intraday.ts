/**
 * The intraday re-forecast on the US bank series (issue 18): for each of the last 28 weekdays, the
 * day-ahead forecast made at the end of the day before (the automatic day-ahead choice, selected
 * once on the history before those days) is cut at 11:00 local and updated from the morning, with
 * the weights learned on the 28 days before that day only. Prints the rest-of-day wMAPE of both
 * on the same intervals, and the same for thinned copies of the series (each call kept with a small
 * probability: noisy low-volume queues), where the update must never be worse.
 */
import { accumulateErrors, emptyErrorSums, wmapeFraction } from "../api/domain/forecast/accuracy";
import { backtestTargets, runBacktest } from "../api/domain/forecast/backtest";
import { buildDayGrid } from "../api/domain/forecast/build-day-grid";
import { combineMethods } from "../api/domain/forecast/combination";
import { dayValues, takeFirstDays } from "../api/domain/forecast/day-grid";
import type { TrainingData } from "../api/domain/forecast/forecast-method";
import type { IntervalObservation } from "../api/domain/forecast/interval-observation";
import { reforecastRestOfDay } from "../api/domain/forecast/intraday-reforecast";
import { findSelectableMethod, SELECTABLE_METHODS } from "../api/domain/forecast/method-registry";
import { prepareTraining } from "../api/domain/forecast/prepare-training";
import { candidateName, selectByBacktest } from "../api/domain/forecast/select-method";
import { createSeededRandom } from "../api/domain/random/seeded-random";

const EVALUATED_DAYS = 28;
const CUT_HOUR = 11;

interface IntradayScore {
  dayAheadWmape: number;
  updatedWmape: number;
  meanWeight: number;
  method: string;
}

/** `fixedMethod` names the day-ahead method; the automatic day-ahead choice otherwise. */
function scoreIntraday(training: TrainingData, cutSlot: number, fixedMethod?: string): IntradayScore {
  const { grid } = training;
  const targets = backtestTargets(grid, grid.dayCount - EVALUATED_DAYS, 28).filter(
    (target) => target.band === "day-ahead",
  );
  const firstOrigin = Math.min(...targets.map((target) => target.originDayCount));
  const selection = fixedMethod
    ? null
    : selectByBacktest({ ...training, grid: takeFirstDays(grid, firstOrigin) }, SELECTABLE_METHODS, {
        windowDays: 28,
        maxMembers: 3,
      })!;
  const members = selection?.bands["day-ahead"].members ?? [fixedMethod!];
  const method = combineMethods(members.map((name) => findSelectableMethod(name)!));
  const dayAheadSums = emptyErrorSums();
  const updatedSums = emptyErrorSums();
  let weightSum = 0;
  for (const { target, forecast } of runBacktest(training, method, targets)) {
    const actual = dayValues(grid, target.targetDay);
    const observed = actual.map((value, slot) => (slot < cutSlot ? value : Number.NaN));
    const history = { ...training, grid: takeFirstDays(grid, target.originDayCount) };
    const update = reforecastRestOfDay({
      training: history,
      dayAheadMethod: method,
      dayAhead: forecast,
      observed,
      cutSlot,
    });
    accumulateErrors(dayAheadSums, actual.subarray(cutSlot), forecast.subarray(cutSlot));
    accumulateErrors(updatedSums, actual.subarray(cutSlot), update.forecast.subarray(cutSlot));
    weightSum += update.weight;
  }
  return {
    dayAheadWmape: wmapeFraction(dayAheadSums),
    updatedWmape: wmapeFraction(updatedSums),
    meanWeight: weightSum / targets.length,
    method: candidateName(members),
  };
}

/** Keeps each call with probability `fraction` (Poisson thinning, seeded): a low-volume queue with the bank's shape. */
function thinned(history: readonly IntervalObservation[], fraction: number, seed: number): IntervalObservation[] {
  const random = createSeededRandom(seed);
  return history.map((row) => ({ ...row, count: random.poisson(row.count * fraction) }));
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)} %`;

export function benchIntraday(history: readonly IntervalObservation[], zoneName: string): void {
  console.log(
    `\nintraday re-forecast, last ${EVALUATED_DAYS} weekdays cut at ${CUT_HOUR}:00 local: rest-of-day wMAPE, day-ahead vs updated`,
  );
  const rows: Array<[string, IntervalObservation[], boolean, string | undefined]> = [
    ["US bank (≈ 32,000 calls a day)", [...history], true, undefined],
    ["US bank, day-ahead mean of last 4", [...history], true, "mean-last-4-weekdays"],
    ["thinned to 1 % (≈ 320 a day)", thinned(history, 0.01, 1), false, undefined],
    ["thinned to 0.2 % (≈ 64 a day)", thinned(history, 0.002, 2), false, undefined],
    ["thinned to 0.05 % (≈ 16 a day)", thinned(history, 0.0005, 3), false, undefined],
  ];
  for (const [name, series, isMain, fixedMethod] of rows) {
    const training = prepareTraining(buildDayGrid(series, zoneName, 60));
    const started = performance.now();
    const score = scoreIntraday(training, CUT_HOUR, fixedMethod);
    const ratio = score.updatedWmape / score.dayAheadWmape;
    const goal = isMain
      ? `${ratio <= 0.8 ? "met " : "MISS"} ≤ 0.80×`
      : `${score.updatedWmape <= score.dayAheadWmape ? "met " : "MISS"} never worse`;
    console.log(
      `  ${name.padEnd(34)} day-ahead ${percent(score.dayAheadWmape).padStart(8)}  updated ${percent(score.updatedWmape).padStart(8)}  ratio ${ratio.toFixed(3)}  mean weight ${score.meanWeight.toFixed(2)}  (${score.method}, ${((performance.now() - started) / 1000).toFixed(1)} s)  ${goal}`,
    );
  }
}
