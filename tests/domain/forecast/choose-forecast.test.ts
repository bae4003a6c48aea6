import { describe, expect, it } from "vitest";
import { chooseForecastFor } from "../../../api/domain/forecast/choose-forecast";

const at = (iso: string) => Date.parse(iso);
const horizon = (id: string, start: string, end: string) => ({ id, startMs: at(start), endMs: at(end) });
const week = { startMs: at("2026-03-09T00:00:00Z"), endMs: at("2026-03-16T00:00:00Z") };

describe("chooseForecastFor", () => {
  it("takes the first forecast covering the whole period, even when a newer one covers only part", () => {
    const forecasts = [
      horizon("newest", "2026-03-12T00:00:00Z", "2026-04-12T00:00:00Z"),
      horizon("older", "2026-03-01T00:00:00Z", "2026-03-20T00:00:00Z"),
    ];
    expect(chooseForecastFor(forecasts, week)).toEqual({ forecastId: "older", uncovered: [] });
  });

  it("falls back to the first forecast covering part of the period and names the spans it leaves", () => {
    const forecasts = [horizon("middle", "2026-03-10T00:00:00Z", "2026-03-12T00:00:00Z")];
    expect(chooseForecastFor(forecasts, week)).toEqual({
      forecastId: "middle",
      uncovered: [
        { startMs: at("2026-03-09T00:00:00Z"), endMs: at("2026-03-10T00:00:00Z") },
        { startMs: at("2026-03-12T00:00:00Z"), endMs: at("2026-03-16T00:00:00Z") },
      ],
    });
  });

  it("answers null when no forecast reaches into the period (horizons are half-open)", () => {
    expect(chooseForecastFor([horizon("before", "2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z")], week)).toBeNull();
  });
});
