import { daysInMonth } from "../time/calendar-months";
import { fromEpochDay, isoWeekdayOfEpochDay, localDateOfParts, toEpochDay } from "../time/local-date";

export type HolidayRegion = "US" | "GB" | "PH";

const nthWeekdayOfMonth = (year: number, month: number, weekday: number, n: number): string => {
  const first = toEpochDay(localDateOfParts(year, month, 1));
  const offset = (weekday - isoWeekdayOfEpochDay(first) + 7) % 7;
  return fromEpochDay(first + offset + 7 * (n - 1));
};

const lastWeekdayOfMonth = (year: number, month: number, weekday: number): string => {
  const last = toEpochDay(localDateOfParts(year, month, daysInMonth(year, month)));
  return fromEpochDay(last - ((isoWeekdayOfEpochDay(last) - weekday + 7) % 7));
};

const fixed = (year: number, month: number, day: number) => localDateOfParts(year, month, day);

/**
 * Main public holidays of the demo's regions for one year (fixed dates and "nth weekday" rules; the
 * Easter-dependent ones are left out). Sources: US federal holidays (5 U.S.C. 6103), UK bank holidays
 * (gov.uk/bank-holidays), Philippine regular holidays (Republic Act 9492).
 */
export function publicHolidays(region: HolidayRegion, year: number): string[] {
  if (region === "US") {
    return [
      fixed(year, 1, 1),
      lastWeekdayOfMonth(year, 5, 1),
      fixed(year, 7, 4),
      nthWeekdayOfMonth(year, 9, 1, 1),
      nthWeekdayOfMonth(year, 11, 4, 4),
      fixed(year, 12, 25),
    ];
  }
  if (region === "GB") {
    return [
      fixed(year, 1, 1),
      nthWeekdayOfMonth(year, 5, 1, 1),
      lastWeekdayOfMonth(year, 5, 1),
      lastWeekdayOfMonth(year, 8, 1),
      fixed(year, 12, 25),
      fixed(year, 12, 26),
    ];
  }
  return [
    fixed(year, 1, 1),
    fixed(year, 4, 9),
    fixed(year, 5, 1),
    fixed(year, 6, 12),
    fixed(year, 11, 30),
    fixed(year, 12, 25),
    fixed(year, 12, 30),
  ];
}
