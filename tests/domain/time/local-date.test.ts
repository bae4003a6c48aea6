import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addMonths, addYears, daysInMonth } from "../../../api/domain/time/calendar-months";
import { formatReadableDate } from "../../../api/domain/time/format-local-date";
import {
  addDays,
  dayOfYearOfEpochDay,
  fromEpochDay,
  isoWeekday,
  isoWeekdayOfEpochDay,
  localDateOfParts,
  monthOfEpochDay,
  toEpochDay,
  yearOfEpochDay,
} from "../../../api/domain/time/local-date";

/** Epoch days from 1900-01-01 to 2199-12-31; luxon, in UTC, is the oracle for the calendar fields. */
const epochDays = fc.integer({ min: -25_567, max: 83_966 });
const luxonDay = (epochDay: number) => DateTime.fromMillis(epochDay * 86_400_000, { zone: "utc" });

describe("toEpochDay and fromEpochDay", () => {
  it("counts days from 1970-01-01", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(toEpochDay("2026-03-08")).toBe(20_520);
    expect(fromEpochDay(20_520)).toBe("2026-03-08");
  });

  it("reads back every date it writes", () => {
    fc.assert(
      fc.property(epochDays, (epochDay) => toEpochDay(fromEpochDay(epochDay)) === epochDay),
      { seed: 19 },
    );
  });

  it("reads years before 100 as written, not as 19xx", () => {
    expect(fromEpochDay(toEpochDay("0050-06-01"))).toBe("0050-06-01");
  });

  it("rejects what is not a real YYYY-MM-DD date instead of rolling it over", () => {
    for (const text of [
      "2026-13-01",
      "2026-00-10",
      "2026-02-29",
      "2026-04-31",
      "2026-2-01",
      "26-02-01",
      "2026-02-01T00:00",
      "",
    ]) {
      expect(() => toEpochDay(text), text).toThrow(RangeError);
    }
    expect(toEpochDay("2024-02-29")).toBe(toEpochDay("2024-02-28") + 1);
  });
});

describe("calendar fields of an epoch day", () => {
  it("agree with luxon on weekday, year, month and day of the year", () => {
    fc.assert(
      fc.property(epochDays, (epochDay) => {
        const day = luxonDay(epochDay);
        return (
          isoWeekdayOfEpochDay(epochDay) === day.weekday &&
          yearOfEpochDay(epochDay) === day.year &&
          monthOfEpochDay(epochDay) === day.month &&
          dayOfYearOfEpochDay(epochDay) === day.ordinal
        );
      }),
      { seed: 19 },
    );
  });

  it("names 1970-01-01 a Thursday and 2026-03-09 a Monday", () => {
    expect(isoWeekdayOfEpochDay(0)).toBe(4);
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekdayOfEpochDay(-1)).toBe(3);
  });

  it("gives 31 December day 366 of a leap year and 365 of another", () => {
    expect(dayOfYearOfEpochDay(toEpochDay("2024-12-31"))).toBe(366);
    expect(dayOfYearOfEpochDay(toEpochDay("2026-12-31"))).toBe(365);
  });
});

describe("addDays and localDateOfParts", () => {
  it("steps across month, year and leap-day ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("writes a date from its parts and refuses a day the month does not have", () => {
    expect(localDateOfParts(2026, 3, 8)).toBe("2026-03-08");
    expect(() => localDateOfParts(2026, 2, 30)).toThrow(RangeError);
  });
});

describe("addMonths, addYears and daysInMonth", () => {
  it("keep the day of the month, or take the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-15", -18)).toBe("2024-09-15");
    expect(addYears("2024-02-29", -1)).toBe("2023-02-28");
    expect(addYears("2026-03-08", -3)).toBe("2023-03-08");
  });

  it("reject a date that is not real", () => {
    expect(() => addMonths("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addYears("2026-3-1", 1)).toThrow(RangeError);
  });

  it("count 28 to 31 days a month", () => {
    expect([daysInMonth(2026, 2), daysInMonth(2024, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([
      28, 29, 30, 31,
    ]);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });
});

describe("formatReadableDate", () => {
  it("writes English month names, with the year only when asked", () => {
    expect(formatReadableDate(toEpochDay("2026-06-08"), false)).toBe("June 8");
    expect(formatReadableDate(toEpochDay("2026-12-28"), true)).toBe("December 28, 2026");
  });
});
