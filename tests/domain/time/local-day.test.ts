import { describe, expect, it } from "vitest";
import { bucketStartUtcMs, wallClockSlotOf } from "../../../api/domain/time/bucket";
import { formatInstantInZone } from "../../../api/domain/time/format-instant";
import { localDateOf, localDayIntervalStarts } from "../../../api/domain/time/local-day";

/**
 * Transition dates from the tz database (2026 rules): US second Sunday of March / first Sunday of
 * November at 02:00; EU last Sunday of March / October at 01:00 UTC; Australia (NSW) first Sunday
 * of April (fall back) / October (spring forward) at 02:00–03:00 local; the Philippines has no DST.
 */
const transitions = [
  { zone: "America/New_York", springDate: "2026-03-08", fallDate: "2026-11-01" },
  { zone: "Europe/London", springDate: "2026-03-29", fallDate: "2026-10-25" },
  { zone: "Australia/Sydney", springDate: "2026-10-04", fallDate: "2026-04-05" },
];

describe("localDayIntervalStarts", () => {
  for (const { zone, springDate, fallDate } of transitions) {
    it(`gives a 23-hour spring-forward day 23 hours of intervals in ${zone}`, () => {
      expect(localDayIntervalStarts(springDate, zone, 60)).toHaveLength(23);
      expect(localDayIntervalStarts(springDate, zone, 15)).toHaveLength(92);
      expect(localDayIntervalStarts(springDate, zone, 30)).toHaveLength(46);
    });

    it(`gives a 25-hour fall-back day 25 hours of intervals in ${zone}`, () => {
      expect(localDayIntervalStarts(fallDate, zone, 60)).toHaveLength(25);
      expect(localDayIntervalStarts(fallDate, zone, 15)).toHaveLength(100);
    });

    it(`starts every interval of a transition day on a wall-clock boundary in ${zone}`, () => {
      for (const date of [springDate, fallDate]) {
        for (const start of localDayIntervalStarts(date, zone, 15)) {
          expect(formatInstantInZone(start, zone)).toMatch(/T\d{2}:(00|15|30|45):00[+-]/);
          expect(localDateOf(start, zone)).toBe(date);
        }
      }
    });
  }

  it("gives every day in Asia/Manila 24 hours of intervals, since it has no DST", () => {
    for (const date of ["2026-03-08", "2026-03-29", "2026-10-04", "2026-11-01"]) {
      expect(localDayIntervalStarts(date, "Asia/Manila", 30)).toHaveLength(48);
    }
  });

  it("repeats the 01:00 slot twice on the New York fall-back day", () => {
    const slots = localDayIntervalStarts("2026-11-01", "America/New_York", 60).map((start) =>
      wallClockSlotOf(start, "America/New_York", 60),
    );
    expect(slots).toEqual([0, 1, 1, ...Array.from({ length: 22 }, (_, index) => index + 2)]);
  });

  it("skips the 02:00 slot on the New York spring-forward day", () => {
    const slots = localDayIntervalStarts("2026-03-08", "America/New_York", 60).map((start) =>
      wallClockSlotOf(start, "America/New_York", 60),
    );
    expect(slots).not.toContain(2);
    expect(slots).toHaveLength(23);
  });
});

describe("bucketStartUtcMs", () => {
  it("puts the second 01:40 of a New York fall-back night into the second 01:00 interval", () => {
    const secondOccurrence = Date.parse("2026-11-01T06:40:00Z");
    expect(bucketStartUtcMs(secondOccurrence, "America/New_York", 60)).toBe(Date.parse("2026-11-01T06:00:00Z"));
    const firstOccurrence = Date.parse("2026-11-01T05:40:00Z");
    expect(bucketStartUtcMs(firstOccurrence, "America/New_York", 60)).toBe(Date.parse("2026-11-01T05:00:00Z"));
  });

  it("aligns intervals to the wall clock of a half-hour zone (Asia/Kolkata, UTC+05:30)", () => {
    expect(
      formatInstantInZone(bucketStartUtcMs(Date.parse("2026-03-02T04:10:00Z"), "Asia/Kolkata", 60), "Asia/Kolkata"),
    ).toBe("2026-03-02T09:00:00+05:30");
  });

  it("buckets Sydney's spring-forward morning into 15-minute intervals that tile it", () => {
    const starts = localDayIntervalStarts("2026-10-04", "Australia/Sydney", 15);
    for (const start of starts) {
      expect(bucketStartUtcMs(start + 7 * 60_000, "Australia/Sydney", 15)).toBe(start);
    }
  });
});
