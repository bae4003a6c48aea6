import { describe, expect, it } from "vitest";
import { buildDayGrid } from "../../../api/domain/forecast/build-day-grid";
import { holtWinters } from "../../../api/domain/forecast/holt-winters";
import { meanOfLastWeekdays } from "../../../api/domain/forecast/mean-last-weekdays";
import { medianOfLastWeekdays } from "../../../api/domain/forecast/median-last-weekdays";
import { prepareTraining } from "../../../api/domain/forecast/prepare-training";
import { seasonalNaive } from "../../../api/domain/forecast/seasonal-naive";
import { topDown } from "../../../api/domain/forecast/top-down";
import { syntheticHistory } from "./synthetic-history";

const zone = "Asia/Manila";
/** A contact-center-like day: 08:00–20:00 open, a midday peak, weekday levels differing. */
const weeklyPattern = (_day: number, weekday: number, slot: number) =>
  slot >= 8 && slot < 20 ? 40 + 10 * weekday + 30 * Math.sin(((slot - 8) / 12) * Math.PI) : null;

function trainingOf(countOf: (day: number, weekday: number, slot: number) => number | null, dayCount = 70) {
  return prepareTraining(buildDayGrid(syntheticHistory("2026-01-05", dayCount, zone, 60, countOf), zone, 60));
}

describe("seasonal naive", () => {
  it("forecasts a pure weekly pattern exactly", () => {
    const training = trainingOf(weeklyPattern);
    const forecast = seasonalNaive.fit(training).forecastDays(training.grid, 14);
    const expected = trainingOf(weeklyPattern, 84).grid.values.slice(70 * 24);
    for (let index = 0; index < forecast.length; index += 1) expect(forecast[index]).toBeCloseTo(expected[index], 9);
  });

  it("skips back a week over a holiday with no rows", () => {
    const withHoliday = (day: number, weekday: number, slot: number) =>
      day === 63 ? null : weeklyPattern(day, weekday, slot);
    const training = trainingOf(withHoliday);
    const forecast = seasonalNaive.fit(training).forecastDays(training.grid, 7);
    expect(forecast[12]).toBeCloseTo(weeklyPattern(56, 1, 12)!, 9);
  });
});

describe("mean of the last k same weekdays", () => {
  it("averages the last four Mondays interval by interval", () => {
    const growing = (day: number, weekday: number, slot: number) =>
      slot === 10 ? day : weeklyPattern(day, weekday, slot);
    const training = trainingOf(growing);
    const forecast = meanOfLastWeekdays(4).fit(training).forecastDays(training.grid, 1);
    expect(forecast[10]).toBeCloseTo((63 + 56 + 49 + 42) / 4, 9);
  });

  it("ignores one abnormal week when it is the median of five", () => {
    const spike = (day: number, weekday: number, slot: number) =>
      day === 56 ? 10_000 : weeklyPattern(day, weekday, slot);
    const training = trainingOf(spike);
    const forecast = medianOfLastWeekdays(5).fit(training).forecastDays(training.grid, 1);
    expect(forecast[12]).toBeCloseTo(weeklyPattern(0, 1, 12)!, 9);
  });
});

describe("double-seasonal Holt-Winters", () => {
  it("recovers noise-free double-seasonal data", () => {
    const training = trainingOf(weeklyPattern, 98);
    const forecast = holtWinters.fit(training).forecastDays(training.grid, 7);
    for (let day = 0; day < 7; day += 1) {
      for (let slot = 8; slot < 20; slot += 1) {
        expect(Math.abs(forecast[day * 24 + slot] - weeklyPattern(0, ((98 + day + 0) % 7) + 1, slot)!)).toBeLessThan(
          0.05,
        );
      }
    }
  });
});

describe("top-down", () => {
  it("splits forecast daily totals by the recent intraday profile", () => {
    const training = trainingOf(weeklyPattern, 98);
    const forecast = topDown({ name: "top-down", profileWeeks: 4, fitLeadDays: 1 })
      .fit(training)
      .forecastDays(training.grid, 7);
    for (let slot = 8; slot < 20; slot += 1)
      expect(Math.abs(forecast[slot] - weeklyPattern(0, 1, slot)!)).toBeLessThan(0.05);
  });
});
