/**
 * `npm run bench:forecast`: forecast accuracy on the US bank series (protocol of
 * ../shared/data/README.md: last 8 weeks held out, an origin at the end of each day, day-ahead =
 * next operating day, week-ahead = same weekday next week), then speed on two years of synthetic
 * hourly history and on 50 queues. Prints figures; asserts nothing (it is not a test).
 */
import { createReadStream, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  backtestTargets,
  HORIZON_BANDS,
  runBacktest,
  type BacktestForecast,
  type BacktestTarget,
} from "../api/domain/forecast/backtest";
import { buildDayGrid } from "../api/domain/forecast/build-day-grid";
import { combineMethods } from "../api/domain/forecast/combination";
import { takeFirstDays } from "../api/domain/forecast/day-grid";
import { finaliseForecast } from "../api/domain/forecast/finalise-forecast";
import type { TrainingData } from "../api/domain/forecast/forecast-method";
import { forecastQueue } from "../api/domain/forecast/forecast-queue";
import type { IntervalObservation } from "../api/domain/forecast/interval-observation";
import { bandPairs, poissonFloorOf, scoreBand, type BandAccuracy } from "../api/domain/forecast/method-scores";
import { findSelectableMethod, SELECTABLE_METHODS } from "../api/domain/forecast/method-registry";
import { weeklyNaiveMeanAbsoluteError } from "../api/domain/forecast/naive-scale";
import { prepareTraining } from "../api/domain/forecast/prepare-training";
import { candidateName, selectByBacktest } from "../api/domain/forecast/select-method";
import { readHistoryCsv } from "../api/codecs/history-csv-reader";
import { syntheticQueueHistory } from "./synthetic-queue-history";
import { benchIntraday } from "./bench-intraday";

const ZONE = "America/New_York";
const HOLDOUT_DAYS = 56;
/** ../shared/data beside the checkout, or SHIFTCAST_SHARED_DATA (a worktree elsewhere). */
const BANK_FILE = process.env.SHIFTCAST_SHARED_DATA
  ? `${process.env.SHIFTCAST_SHARED_DATA}/us_bank_2003_hourly.csv`
  : fileURLToPath(new URL("../../shared/data/us_bank_2003_hourly.csv", import.meta.url));

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)} %`.padStart(8);

/** At each origin, automatic selection runs on the history up to that origin only. */
function backtestAuto(
  training: TrainingData,
  targets: readonly BacktestTarget[],
  chosen: Map<string, number>,
): BacktestForecast[] {
  return targets.map((target) => {
    const history = { ...training, grid: takeFirstDays(training.grid, target.originDayCount) };
    const selection = selectByBacktest(history, SELECTABLE_METHODS, { windowDays: 28, maxMembers: 3 })!;
    const members = selection.bands[target.band].members;
    const label = `${target.band} ${candidateName(members)}`;
    chosen.set(label, (chosen.get(label) ?? 0) + 1);
    const model = combineMethods(members.map((name) => findSelectableMethod(name)!)).fit(history);
    const ahead = target.targetDay - target.originDayCount;
    const forecast = finaliseForecast(history.grid, history.openingHours, model.forecastDays(history.grid, ahead + 1));
    return {
      target,
      forecast: forecast.slice(ahead * history.grid.slotsPerDay, (ahead + 1) * history.grid.slotsPerDay),
    };
  });
}

async function benchBank(): Promise<void> {
  const imported = await readHistoryCsv(createReadStream(BANK_FILE), { zoneName: ZONE, intervalMinutes: 60 });
  const history: IntervalObservation[] = imported.intervals.map((row) => ({
    intervalStartUtcMs: row.intervalStartUtcMs,
    count: row.count,
    ahtSeconds: row.ahtSeconds,
  }));
  const training = prepareTraining(buildDayGrid(history, ZONE, 60));
  const { grid, openingHours } = training;
  const targets = backtestTargets(grid, grid.dayCount - HOLDOUT_DAYS, 28);
  const naiveScale = weeklyNaiveMeanAbsoluteError(takeFirstDays(grid, grid.dayCount - HOLDOUT_DAYS), openingHours);
  console.log(
    `US bank 2003 hourly: ${imported.rowCount} rows, ${grid.dayCount} days; holdout ${HOLDOUT_DAYS} days, ${targets.length / 2} targets per band`,
  );
  console.log(
    `${"method".padEnd(34)} ${"day wMAPE".padStart(9)} ${"MASE".padStart(5)} ${"bias".padStart(8)}   ${"week wMAPE".padStart(9)} ${"MASE".padStart(5)} ${"bias".padStart(8)}   time`,
  );
  const rows: Array<[string, BacktestForecast[], number]> = [];
  for (const method of SELECTABLE_METHODS) {
    const started = performance.now();
    rows.push([method.name, runBacktest(training, method, targets), performance.now() - started]);
  }
  const chosen = new Map<string, number>();
  const started = performance.now();
  rows.push(["auto (selection at every origin)", backtestAuto(training, targets, chosen), performance.now() - started]);
  const scores = new Map<string, BandAccuracy[]>();
  for (const [name, forecasts, elapsedMs] of rows) {
    const bands = HORIZON_BANDS.map((band) =>
      scoreBand(name, band, bandPairs(grid, openingHours, forecasts, band), naiveScale),
    );
    scores.set(name, bands);
    const cells = bands.map(
      (band) => `${percent(band.wmapeFraction)} ${band.mase.toFixed(2).padStart(5)} ${percent(band.biasFraction)}`,
    );
    console.log(`${name.padEnd(34)} ${cells.join("   ")}   ${(elapsedMs / 1000).toFixed(2)} s`);
  }
  console.log(
    `${"Poisson floor".padEnd(34)} ${percent(poissonFloorOf(bandPairs(grid, openingHours, rows[0][1], "day-ahead").actuals))}`,
  );
  console.log(
    "chosen by auto (origins):",
    [...chosen.entries()].map(([label, count]) => `${label} ×${count}`).join("; "),
  );
  reportGoals(scores);
  benchIntraday(history, ZONE);
}

function reportGoals(scores: Map<string, BandAccuracy[]>): void {
  const [autoDay, autoWeek] = scores.get("auto (selection at every origin)")!.map((band) => band.wmapeFraction);
  const [naiveDay] = scores.get("seasonal-naive")!.map((band) => band.wmapeFraction);
  const [meanDay, meanWeek] = scores.get("mean-last-4-weekdays")!.map((band) => band.wmapeFraction);
  const goals: Array<[string, boolean]> = [
    [`day-ahead wMAPE ${percent(autoDay)} ≤ 6.20 %`, autoDay <= 0.062],
    [`week-ahead wMAPE ${percent(autoWeek)} ≤ 7.30 %`, autoWeek <= 0.073],
    [
      `day-ahead ${((1 - autoDay / naiveDay) * 100).toFixed(1)} % below seasonal naive (≥ 15 %)`,
      autoDay <= 0.85 * naiveDay,
    ],
    [`day-ahead below mean of last 4 (${percent(meanDay)})`, autoDay < meanDay],
    [`week-ahead not worse than mean of last 4 (${percent(meanWeek)})`, autoWeek <= meanWeek],
  ];
  for (const [text, met] of goals) console.log(`  ${met ? "met " : "MISS"} ${text}`);
}

/** Wall-clock and CPU time of `work`; CPU time is what the machine's other users cannot inflate. */
function timed<T>(work: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function benchSpeed(): void {
  const twoYears = syntheticQueueHistory({
    seed: 1,
    days: 730,
    weekdaysOnly: false,
    openHour: 0,
    closeHour: 24,
    baseCallsPerHour: 120,
  });
  for (const run of [1, 2]) {
    const { result, wallMs, cpuMs } = timed(() =>
      forecastQueue({
        history: twoYears,
        zoneName: "Europe/London",
        intervalMinutes: 60,
        horizonDays: 28,
        method: "auto",
      }),
    );
    console.log(
      `two years hourly 24/7 (${twoYears.length} intervals), run ${run}: fit + selection + 28-day forecast ${wallMs.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU; chose ${result.methodByBand["day-ahead"]} / ${result.methodByBand["week-ahead"]}`,
    );
  }
  const queues = Array.from({ length: 50 }, (_, index) =>
    syntheticQueueHistory({
      seed: 100 + index,
      days: 730,
      weekdaysOnly: index % 2 === 0,
      openHour: 7 + (index % 3),
      closeHour: 19 + (index % 4),
      baseCallsPerHour: 5 + 10 * index,
    }),
  );
  const { wallMs, cpuMs } = timed(() =>
    queues.forEach((history) =>
      forecastQueue({ history, zoneName: "America/Chicago", intervalMinutes: 60, horizonDays: 28, method: "auto" }),
    ),
  );
  console.log(`50 queues × two years hourly: ${(wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU`);
}

if (existsSync(BANK_FILE)) await benchBank();
else console.log(`${BANK_FILE} not found: skipping the accuracy benchmark`);
benchSpeed();
