import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastQueue } from "../../../api/domain/forecast/forecast-queue";
import { formatInstantInZone } from "../../../api/domain/time/format-instant";
import { syntheticHistory } from "./synthetic-history";

const zone = "America/New_York";
/** Weekdays 08:00–18:00 only; AHT 300 s in the morning and 600 s in the afternoon. */
const officeHours = (_day: number, weekday: number, slot: number) =>
  weekday <= 5 && slot >= 8 && slot < 18 ? 50 + slot : null;
const history = syntheticHistory("2026-08-03", 91, zone, 60, officeHours, (slot) => (slot < 12 ? 300 : 600));

describe("forecastQueue", () => {
  it("starts at local midnight after the last history day and gives the 25-hour fall-back day 25 rows", () => {
    const forecast = forecastQueue({ history, zoneName: zone, intervalMinutes: 60, horizonDays: 7, method: "auto" });
    expect(formatInstantInZone(forecast.intervals[0].intervalStartUtcMs, zone)).toBe("2026-10-31T00:00:00-04:00");
    expect(forecast.intervals).toHaveLength(7 * 24 + 1);
    const fallBack = forecastQueue({
      history,
      zoneName: zone,
      intervalMinutes: 30,
      horizonDays: 2,
      startUtcMs: Date.parse("2026-10-31T04:00:00Z"),
      method: "seasonal-naive",
    });
    expect(fallBack.intervals).toHaveLength(48 + 50);
  });

  it("forecasts 0 outside the opening hours learned from history, and on weekends", () => {
    const forecast = forecastQueue({ history, zoneName: zone, intervalMinutes: 60, horizonDays: 7, method: "auto" });
    for (const interval of forecast.intervals) {
      const local = formatInstantInZone(interval.intervalStartUtcMs, zone);
      const hour = Number(local.slice(11, 13));
      const isWeekend = ["2026-10-31", "2026-11-01"].includes(local.slice(0, 10));
      if (isWeekend || hour < 8 || hour >= 18) expect([interval.expected, interval.p90]).toEqual([0, 0]);
      else expect(interval.expected).toBeCloseTo(50 + hour, 6);
    }
  });

  it("keeps a past closure out of training and applies future special days", () => {
    const closedDay = history.filter(
      (row) => !formatInstantInZone(row.intervalStartUtcMs, zone).startsWith("2026-10-26"),
    );
    const forecast = forecastQueue({
      history: closedDay,
      zoneName: zone,
      intervalMinutes: 60,
      horizonDays: 7,
      method: "seasonal-naive",
      specialDays: [
        { localDate: "2026-11-02", name: "Outage drill", kind: "closed" },
        { localDate: "2026-11-03", name: "Launch", kind: "factor", factor: 1.5 },
      ],
    });
    const at = (text: string) =>
      forecast.intervals.find((interval) => formatInstantInZone(interval.intervalStartUtcMs, zone).startsWith(text))!;
    expect(at("2026-11-02T10").expected).toBe(0);
    expect(at("2026-11-03T10").expected).toBeCloseTo(1.5 * 60, 6);
    expect(at("2026-11-04T10").expected).toBeCloseTo(60, 6);
  });

  it("forecasts AHT per interval from the history, volume-weighted", () => {
    const forecast = forecastQueue({
      history,
      zoneName: zone,
      intervalMinutes: 60,
      horizonDays: 1,
      startUtcMs: Date.parse("2026-11-02T05:00:00Z"),
      method: "auto",
    });
    const at = (hour: string) =>
      forecast.intervals.find(
        (interval) => formatInstantInZone(interval.intervalStartUtcMs, zone).slice(11, 13) === hour,
      )!;
    expect(at("09").ahtSeconds).toBeCloseTo(300, 6);
    expect(at("15").ahtSeconds).toBeCloseTo(600, 6);
  });

  it("never forecasts a negative count and orders P50 ≤ P80 ≤ P90 on any history", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 35 * 10, maxLength: 35 * 10 }), (counts) => {
        const rows = syntheticHistory("2026-01-05", 35, "Asia/Manila", 60, (day, _weekday, slot) =>
          slot >= 8 && slot < 18 ? counts[day * 10 + slot - 8] : null,
        );
        const forecast = forecastQueue({
          history: rows,
          zoneName: "Asia/Manila",
          intervalMinutes: 60,
          horizonDays: 14,
          method: "auto",
        });
        return forecast.intervals.every(
          (interval) => interval.expected >= 0 && interval.p50 <= interval.p80 && interval.p80 <= interval.p90,
        );
      }),
      { seed: 20260302, numRuns: 8 },
    );
  });

  it("refuses a horizon over 52 weeks and an unknown method", () => {
    expect(() =>
      forecastQueue({ history, zoneName: zone, intervalMinutes: 60, horizonDays: 365, method: "auto" }),
    ).toThrow(RangeError);
    expect(() =>
      forecastQueue({ history, zoneName: zone, intervalMinutes: 60, horizonDays: 7, method: "crystal-ball" }),
    ).toThrow(/unknown method/);
  });
});
