import { describe, expect, it } from "vitest";
import { queueDays } from "../../../api/domain/simulation/simulation-days";
import { BusinessClock } from "../../../api/domain/simulation/business-clock";

describe("queueDays", () => {
  it("groups half hours by local date, 46 on the 23-hour day and 50 on the 25-hour one, and marks the days the period cuts", () => {
    // New York: spring forward on Sunday 8 March 2026, fall back on Sunday 1 November 2026.
    const spring = queueDays(Date.parse("2026-03-07T12:00:00Z"), 1800, 48 * 3, "America/New_York");
    expect(spring.map((day) => [day.localDate, day.toInterval - day.fromInterval, day.isWholeDay])).toEqual([
      ["2026-03-07", 34, false],
      ["2026-03-08", 46, true],
      ["2026-03-09", 48, true],
      ["2026-03-10", 16, false],
    ]);
    const autumn = queueDays(Date.parse("2026-11-01T04:00:00Z"), 1800, 50, "America/New_York");
    expect(autumn.map((day) => [day.localDate, day.toInterval - day.fromInterval, day.isWholeDay])).toEqual([
      ["2026-11-01", 50, true],
    ]);
  });
});

describe("BusinessClock", () => {
  it("counts only open seconds, spread evenly within each interval", () => {
    const clock = new BusinessClock([0, 1800, 900, 0], 1800);
    expect(clock.between(0, 1800)).toBe(0);
    expect(clock.between(900, 2700)).toBe(900);
    expect(clock.between(1800, 4500)).toBe(1800 + 450);
    expect(clock.between(0, 10_000)).toBe(2700);
  });
});
