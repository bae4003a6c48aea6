import { describe, expect, it } from "vitest";
import { weekOfYearIndex } from "../../../api/domain/capacity/week-of-year";
import { buildWeeklyHorizon } from "../../../api/domain/capacity/weekly-horizon";
import { toEpochDay } from "../../../api/domain/time/local-date";

const hoursOf = (startsAtUtc: string, endsAtUtc: string) =>
  (Date.parse(endsAtUtc) - Date.parse(startsAtUtc)) / 3_600_000;

describe("buildWeeklyHorizon", () => {
  it("starts on the chosen weekday of the week that contains the start date", () => {
    const mondays = buildWeeklyHorizon("2026-01-07", 3, "Europe/Amsterdam", 1);
    expect(mondays.weeks.map((week) => week.weekStartDate)).toEqual(["2026-01-05", "2026-01-12", "2026-01-19"]);
    const sundays = buildWeeklyHorizon("2026-01-07", 1, "America/Chicago", 7);
    expect(sundays.weeks[0]).toMatchObject({ weekStartDate: "2026-01-04", weekLastDate: "2026-01-10" });
  });

  it("gives the week with the 23-hour spring-forward day 167 hours and the 25-hour fall-back week 169", () => {
    const horizon = buildWeeklyHorizon("2026-03-23", 31, "Europe/Amsterdam", 1);
    const spring = horizon.weeks[0];
    expect(spring.startsAtUtc).toBe("2026-03-22T23:00:00Z");
    expect(hoursOf(spring.startsAtUtc, spring.endsAtUtc)).toBe(167);
    const autumn = horizon.weeks.find((week) => week.weekStartDate === "2026-10-19");
    expect(autumn && hoursOf(autumn.startsAtUtc, autumn.endsAtUtc)).toBe(169);
  });

  it("tiles time: each week ends where the next starts", () => {
    const { weeks } = buildWeeklyHorizon("2026-01-01", 52, "Asia/Kolkata", 1);
    for (let index = 1; index < weeks.length; index += 1)
      expect(weeks[index].startsAtUtc).toBe(weeks[index - 1].endsAtUtc);
  });

  it("rejects an unknown zone and a weekday outside 1 … 7", () => {
    expect(() => buildWeeklyHorizon("2026-01-05", 1, "Mars/Olympus", 1)).toThrow();
    expect(() => buildWeeklyHorizon("2026-01-05", 1, "UTC", 0)).toThrow(RangeError);
  });
});

describe("weekOfYearIndex", () => {
  it("puts a week in the bucket of its middle day, whatever weekday it starts on", () => {
    expect(weekOfYearIndex(toEpochDay("2026-01-01"))).toBe(0);
    expect(weekOfYearIndex(toEpochDay("2026-06-01"))).toBe(22);
    expect(weekOfYearIndex(toEpochDay("2025-12-29"))).toBe(0);
    expect(weekOfYearIndex(toEpochDay("2026-12-28"))).toBe(51);
  });
});
