import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_WEEK,
  SECONDS_PER_HOUR,
} from "../../../api/domain/time/durations";
import { toEpochDay } from "../../../api/domain/time/local-date";
import { localDayInterval, localMidnightUtcMs } from "../../../api/domain/time/local-day";
import { existingWallClockInstantMs, wallClockInstantMs } from "../../../api/domain/time/wall-clock";
import { localDaysBetween, zonedFieldsOf } from "../../../api/domain/time/zoned-fields";

/**
 * Transitions from the tz database (2026 rules): New York springs forward 02:00 → 03:00 on 8 March
 * and falls back 02:00 → 01:00 on 1 November; Santiago springs forward at midnight on 6 September
 * (00:00 → 01:00, so that day has no midnight) and falls back at midnight on 5 April (the last hour
 * of 4 April repeats). Expected instants are the offsets those rules give, written out.
 */
const utc = (iso: string) => Date.parse(iso);

describe("durations", () => {
  it("are the exact spans they name", () => {
    expect([MS_PER_MINUTE, MS_PER_HOUR, MS_PER_DAY, MS_PER_WEEK]).toEqual([60_000, 3_600_000, 86_400_000, 604_800_000]);
    expect([MINUTES_PER_DAY, MINUTES_PER_WEEK, SECONDS_PER_HOUR]).toEqual([1440, 10_080, 3600]);
  });
});

describe("localMidnightUtcMs", () => {
  it("is the instant the local date begins", () => {
    expect(localMidnightUtcMs("2026-03-08", "America/New_York")).toBe(utc("2026-03-08T05:00:00Z"));
    expect(localMidnightUtcMs("2026-03-09", "America/New_York")).toBe(utc("2026-03-09T04:00:00Z"));
    expect(localMidnightUtcMs("2026-03-08", "Asia/Kolkata")).toBe(utc("2026-03-07T18:30:00Z"));
  });

  it("starts a day whose midnight is skipped at the first wall-clock time that exists (01:00 in Santiago)", () => {
    expect(localMidnightUtcMs("2026-09-06", "America/Santiago")).toBe(utc("2026-09-06T04:00:00Z"));
  });

  it("starts a day at its one midnight when the hour before repeats", () => {
    expect(localMidnightUtcMs("2026-04-05", "America/Santiago")).toBe(utc("2026-04-05T04:00:00Z"));
  });

  it("gives a 23-hour spring-forward day and a 25-hour fall-back day", () => {
    const length = (date: string, zone: string) => {
      const day = localDayInterval(date, zone);
      return (day.endUtcMs - day.startUtcMs) / MS_PER_HOUR;
    };
    expect([length("2026-03-08", "America/New_York"), length("2026-11-01", "America/New_York")]).toEqual([23, 25]);
    expect([length("2026-09-06", "America/Santiago"), length("2026-04-04", "America/Santiago")]).toEqual([23, 25]);
  });

  it("agrees with luxon's start of day on every day of a year in three zones", () => {
    for (const zone of ["America/New_York", "America/Santiago", "Australia/Lord_Howe"]) {
      for (let day = toEpochDay("2026-01-01"); day < toEpochDay("2027-01-01"); day += 1) {
        const date = DateTime.fromMillis(day * MS_PER_DAY, { zone: "utc" }).toISODate()!;
        expect(localMidnightUtcMs(date, zone), `${date} ${zone}`).toBe(
          DateTime.fromISO(date, { zone }).startOf("day").toMillis(),
        );
      }
    }
  });

  it("throws RangeError for an unknown zone or a bad date", () => {
    expect(() => localMidnightUtcMs("2026-03-08", "+02:00")).toThrow(RangeError);
    expect(() => localMidnightUtcMs("2026-02-30", "UTC")).toThrow(RangeError);
  });
});

describe("wallClockInstantMs and existingWallClockInstantMs", () => {
  const march8 = toEpochDay("2026-03-08");
  const november1 = toEpochDay("2026-11-01");

  it("reads an ordinary wall-clock time with the offset then in force", () => {
    expect(wallClockInstantMs(march8, 9 * 60, "America/New_York")).toBe(utc("2026-03-08T13:00:00Z"));
    expect(existingWallClockInstantMs(march8, 9 * 60, "America/New_York")).toBe(utc("2026-03-08T13:00:00Z"));
  });

  it("moves a time in the spring-forward gap forward by the gap, or says it does not exist", () => {
    expect(wallClockInstantMs(march8, 2 * 60 + 30, "America/New_York")).toBe(utc("2026-03-08T07:30:00Z"));
    expect(existingWallClockInstantMs(march8, 2 * 60 + 30, "America/New_York")).toBeNull();
  });

  it("takes the earlier of a fall-back time that occurs twice", () => {
    expect(wallClockInstantMs(november1, 60 + 30, "America/New_York")).toBe(utc("2026-11-01T05:30:00Z"));
    expect(existingWallClockInstantMs(november1, 60 + 30, "America/New_York")).toBe(utc("2026-11-01T05:30:00Z"));
  });

  it("reads minutes past 1440 as times of the following days", () => {
    expect(wallClockInstantMs(march8 - 1, MINUTES_PER_DAY + 9 * 60, "America/New_York")).toBe(
      wallClockInstantMs(march8, 9 * 60, "America/New_York"),
    );
  });
});

describe("zonedFieldsOf", () => {
  it("reads date, weekday, day of the year and wall-clock time in the zone", () => {
    expect(zonedFieldsOf(utc("2026-03-09T03:30:00Z"), "America/New_York")).toEqual({
      localDate: "2026-03-08",
      epochDay: toEpochDay("2026-03-08"),
      isoWeekday: 7,
      dayOfYear: 67,
      hour: 23,
      minute: 30,
    });
  });

  it("reads both occurrences of the repeated fall-back hour as 01:xx of the same day", () => {
    const first = zonedFieldsOf(utc("2026-11-01T05:15:00Z"), "America/New_York");
    const second = zonedFieldsOf(utc("2026-11-01T06:15:00Z"), "America/New_York");
    expect([first.hour, first.minute, second.hour, second.minute]).toEqual([1, 15, 1, 15]);
    expect(second.localDate).toBe(first.localDate);
  });

  it("agrees with luxon on every field", () => {
    const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "America/Santiago", "Australia/Lord_Howe"];
    fc.assert(
      fc.property(
        fc.integer({
          min: utc("2000-01-01T00:00:00Z") / MS_PER_MINUTE,
          max: utc("2040-01-01T00:00:00Z") / MS_PER_MINUTE,
        }),
        fc.constantFrom(...zones),
        (minute, zone) => {
          const instantMs = minute * MS_PER_MINUTE;
          const local = DateTime.fromMillis(instantMs, { zone });
          const fields = zonedFieldsOf(instantMs, zone);
          return (
            fields.localDate === local.toISODate() &&
            fields.isoWeekday === local.weekday &&
            fields.dayOfYear === local.ordinal &&
            fields.hour === local.hour &&
            fields.minute === local.minute
          );
        },
      ),
      { seed: 19, numRuns: 2000 },
    );
  });
});

describe("localDaysBetween", () => {
  it("counts whole local days between local midnights, whatever their length", () => {
    expect(
      localDaysBetween(
        localMidnightUtcMs("2026-03-07", "America/New_York"),
        localMidnightUtcMs("2026-03-10", "America/New_York"),
        "America/New_York",
      ),
    ).toBe(3);
  });

  it("counts an hour of a 25-hour day as 1/25 and of a 23-hour day as 1/23", () => {
    const fallStart = localMidnightUtcMs("2026-11-01", "America/New_York");
    const springStart = localMidnightUtcMs("2026-03-08", "America/New_York");
    expect(localDaysBetween(fallStart, fallStart + 13 * MS_PER_HOUR, "America/New_York")).toBeCloseTo(13 / 25, 12);
    expect(localDaysBetween(springStart, springStart + 5 * MS_PER_HOUR, "America/New_York")).toBeCloseTo(5 / 23, 12);
  });
});
