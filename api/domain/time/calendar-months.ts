import { DateTime } from "luxon";
import type { LocalDate } from "./local-date";

/**
 * Month and year arithmetic on calendar dates, through luxon: a day past the end of the target month
 * becomes its last day (2024-02-29 minus one year is 2023-02-28, 2026-01-31 plus one month is
 * 2026-02-28). Throws RangeError for a date that is not a real YYYY-MM-DD date.
 */
function calendarDate(localDate: LocalDate): DateTime {
  const date = DateTime.fromISO(localDate, { zone: "utc" });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(localDate))
    throw new RangeError(`not a YYYY-MM-DD date: ${localDate}`);
  return date;
}

export function addMonths(localDate: LocalDate, months: number): LocalDate {
  return calendarDate(localDate).plus({ months }).toISODate() as LocalDate;
}

export function addYears(localDate: LocalDate, years: number): LocalDate {
  return calendarDate(localDate).plus({ years }).toISODate() as LocalDate;
}

/** Number of days in a month (1–12) of a year: 28 … 31. */
export function daysInMonth(year: number, month: number): number {
  const days = DateTime.utc(year, month, 1).daysInMonth;
  if (days === undefined) throw new RangeError(`no such month: ${year}-${month}`);
  return days;
}
