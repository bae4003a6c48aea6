import { describe, expect, it } from "vitest";
import { forecastQueue } from "../../../api/domain/forecast/forecast-queue";
import { applyLevelUpdate, observedLevelRatio } from "../../../api/domain/forecast/intraday-level-update";
import { learnIntradayWeights } from "../../../api/domain/forecast/intraday-weights";
import type { IntervalObservation } from "../../../api/domain/forecast/interval-observation";
import { createSeededRandom } from "../../../api/domain/random/seeded-random";
import { localDayInterval } from "../../../api/domain/time/local-day";
import { addDays } from "../../../api/domain/time/local-date";
import { resolveWallClock } from "../../../api/domain/time/wall-clock";
import { toEpochDay } from "../../../api/domain/time/local-date";
import { syntheticHistory } from "./synthetic-history";

const ZONE = "America/New_York";
const FIRST = "2026-01-05";
const DAYS = 70;
const TODAY = addDays(FIRST, DAYS);
/** Open 07:00–21:00 with a midday peak. */
const shapeOf = (slot: number) => (slot < 7 || slot >= 21 ? null : 0.5 + Math.sin((Math.PI * (slot - 7 + 0.5)) / 14));
const at = (localTime: string) =>
  resolveWallClock(
    toEpochDay(TODAY) * 86_400_000 + (Number(localTime.slice(0, 2)) * 60 + Number(localTime.slice(3))) * 60_000,
    ZONE,
  ).instantUtcMs;

/** History up to yesterday, plus today's intervals before 11:00 with `todayLevel(slot)` as the day's level. */
function series(
  seed: number,
  baseCallsPerHour: number,
  dayLevel: (day: number) => number,
  todayLevel: (slot: number) => number,
): IntervalObservation[] {
  const random = createSeededRandom(seed);
  const count = (level: number, slot: number) => {
    const shape = shapeOf(slot);
    return shape === null ? null : random.poisson(baseCallsPerHour * level * shape);
  };
  const history = syntheticHistory(FIRST, DAYS, ZONE, 60, (day, _weekday, slot) => count(dayLevel(day), slot));
  const today = syntheticHistory(TODAY, 1, ZONE, 60, (_day, _weekday, slot) =>
    slot < 11 ? count(todayLevel(slot), slot) : null,
  );
  return [...history, ...today];
}

/** The forecast's total from 11:00 to the end of today, with or without today's morning. */
function restOfDay(history: IntervalObservation[], useMorning: boolean) {
  const startOfToday = localDayInterval(TODAY, ZONE).startUtcMs;
  const rows = useMorning ? history : history.filter((row) => row.intervalStartUtcMs < startOfToday);
  const forecast = forecastQueue({
    history: rows,
    zoneName: ZONE,
    intervalMinutes: 60,
    horizonDays: 1,
    startUtcMs: at("11:00"),
    method: "mean-last-4-weekdays",
  });
  const total = forecast.intervals
    .filter((interval) => interval.intervalStartUtcMs < localDayInterval(TODAY, ZONE).endUtcMs)
    .reduce((sum, interval) => sum + interval.expected, 0);
  return { total, forecast };
}

describe("intraday re-forecast", () => {
  it("recovers at least half of a +20 % level shift that began at 08:00, by 11:00", () => {
    // Weeks alternate between 85 % and 115 % of the base level, so the last four same weekdays
    // average the base and the backtest sees mornings that tell the day's level.
    const history = series(
      7,
      200,
      (day) => (Math.floor(day / 7) % 2 === 0 ? 0.85 : 1.15),
      (slot) => (slot >= 8 ? 1.2 : 1),
    );
    const dayAhead = restOfDay(history, false);
    const updated = restOfDay(history, true);
    const recovered = (updated.total / dayAhead.total - 1) / 0.2;
    expect(recovered).toBeGreaterThanOrEqual(0.5);
    expect(recovered).toBeLessThanOrEqual(1.2);
    expect(updated.forecast.intraday!.weight).toBeGreaterThan(0.5);
    expect(updated.forecast.warnings.some((warning) => warning.includes("re-levelled the rest of the day"))).toBe(true);
  });

  it("moves a pure Poisson series' forecast by no more than the morning's Poisson noise", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const history = series(
        seed,
        200,
        () => 1,
        () => 1,
      );
      const { forecast } = restOfDay(history, true);
      const dayAhead = restOfDay(history, false);
      const morningForecast = [7, 8, 9, 10].reduce((sum, slot) => sum + 200 * shapeOf(slot)!, 0);
      // The observed ratio's standard error is about 1/√(expected morning calls); allow three of them.
      const noise = 3 / Math.sqrt(morningForecast);
      expect(Math.abs(forecast.intraday!.multiplier - 1)).toBeLessThanOrEqual(noise);
      expect(
        Math.abs(forecast.intervals[0]!.expected / dayAhead.forecast.intervals[0]!.expected - 1),
      ).toBeLessThanOrEqual(noise);
    }
  });

  it("keeps the day-ahead forecast of a low-volume queue whose mornings are noise", () => {
    const history = series(
      11,
      2,
      () => 1,
      () => 1,
    );
    const { forecast } = restOfDay(history, true);
    expect(forecast.intraday!.weight).toBeLessThanOrEqual(0.2);
  });
});

describe("level update arithmetic", () => {
  it("scales only the slots from the cut by 1 + w·(R − 1), with R over the observed slots", () => {
    const dayAhead = [10, 20, 30, 40];
    const observed = [12, 24, Number.NaN, Number.NaN];
    const ratio = observedLevelRatio(dayAhead, observed, 2)!;
    expect(ratio).toBeCloseTo(1.2, 12);
    expect([...applyLevelUpdate(dayAhead, 2, ratio, 0.5)]).toEqual([10, 20, 30 * 1.1, 40 * 1.1]);
    expect(observedLevelRatio([0, 0, 5], [3, 1, Number.NaN], 2)).toBeNull();
  });

  it("learns weight 1 when mornings tell the whole day's level and 0 when they say nothing", () => {
    const telling = [0.8, 1.25, 0.9, 1.1].map((level) => ({
      dayAhead: [10, 10, 10, 10],
      actual: [10 * level, 10 * level, 10 * level, 10 * level],
    }));
    expect([...learnIntradayWeights(telling, 4)].slice(1)).toEqual([1, 1, 1]);
    const misleading = [
      { dayAhead: [10, 10, 10, 10], actual: [13, 13, 10, 10] },
      { dayAhead: [10, 10, 10, 10], actual: [7, 7, 10, 10] },
    ];
    expect(learnIntradayWeights(misleading, 4)[2]).toBe(0);
  });
});
