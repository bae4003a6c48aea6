import { describe, expect, it } from "vitest";
import { backtestTargets, runBacktest, type BacktestTarget } from "../../../api/domain/forecast/backtest";
import { buildDayGrid } from "../../../api/domain/forecast/build-day-grid";
import { SELECTABLE_METHODS } from "../../../api/domain/forecast/method-registry";
import { prepareTraining } from "../../../api/domain/forecast/prepare-training";
import { selectByBacktest } from "../../../api/domain/forecast/select-method";
import { syntheticHistory } from "./synthetic-history";

const zone = "Europe/London";
const noisyPattern = (day: number, weekday: number, slot: number) =>
  weekday <= 5 && slot >= 8 && slot < 18
    ? Math.round(100 + 20 * weekday + 15 * Math.cos(slot) + 25 * Math.sin(day * 1.7) ** 2)
    : null;

function trainingWith(countOf: typeof noisyPattern) {
  return prepareTraining(buildDayGrid(syntheticHistory("2026-01-05", 84, zone, 60, countOf), zone, 60));
}

describe("rolling-origin backtest", () => {
  it("never looks past its origin: poisoning the future leaves every forecast unchanged", () => {
    const clean = trainingWith(noisyPattern);
    const targets = backtestTargets(clean.grid, 56, 28);
    const key = (target: BacktestTarget) => `${target.band}:${target.targetDay}`;
    for (const method of SELECTABLE_METHODS) {
      const before = new Map(
        runBacktest(clean, method, targets).map((result) => [key(result.target), result.forecast]),
      );
      for (const target of targets.filter((_, index) => index % 6 === 0)) {
        const poisoned = trainingWith((day, weekday, slot) =>
          day >= target.originDayCount ? 50_000 + day : noisyPattern(day, weekday, slot),
        );
        const after = runBacktest(poisoned, method, targets).find((result) => key(result.target) === key(target))!;
        expect(Array.from(after.forecast), `${method.name} for ${key(target)}`).toEqual(
          Array.from(before.get(key(target))!),
        );
      }
    }
  });

  it("does see a change a week before its origin, so the poisoning test can fail", () => {
    const clean = trainingWith(noisyPattern);
    const [target] = backtestTargets(clean.grid, 70, 28);
    const method = SELECTABLE_METHODS.find((candidate) => candidate.name === "mean-last-4-weekdays")!;
    const poisoned = trainingWith((day, weekday, slot) =>
      day >= target.originDayCount - 7 ? 50_000 : noisyPattern(day, weekday, slot),
    );
    expect(Array.from(runBacktest(poisoned, method, [target])[0].forecast)).not.toEqual(
      Array.from(runBacktest(clean, method, [target])[0].forecast),
    );
  });

  it("scores day-ahead on the next observed day and week-ahead on the same weekday a week later", () => {
    const { grid } = trainingWith(noisyPattern);
    const targets = backtestTargets(grid, 77, 28);
    const monday = targets.filter((target) => target.targetDay === 77);
    expect(monday).toEqual([
      { band: "day-ahead", originDayCount: 75, targetDay: 77 },
      { band: "week-ahead", originDayCount: 71, targetDay: 77 },
    ]);
  });

  it("selects a method per horizon band that is no worse than seasonal naive on its backtest", () => {
    const training = trainingWith(noisyPattern);
    const report = selectByBacktest(training, SELECTABLE_METHODS, { windowDays: 28, maxMembers: 3 })!;
    for (const band of ["day-ahead", "week-ahead"] as const) {
      expect(report.bands[band].chosen.wmapeFraction).toBeLessThanOrEqual(
        report.bands[band].seasonalNaive!.wmapeFraction,
      );
    }
  });
});
