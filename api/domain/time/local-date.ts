import { MS_PER_DAY } from "./durations";

/**
 * Calendar dates without a zone ("2026-03-08"), as the days of a queue's own calendar or a plan
 * week. Arithmetic goes through epoch days (days since 1970-01-01), which is exact because a
 * calendar date has no time of day and so no DST; zones enter only when a date becomes instants
 * (local-day.ts).
 */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcMsOfParts(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function fromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Throws RangeError for anything but a real YYYY-MM-DD date (a month 13 or a February 30 does not
 * roll over: the date must read back as written).
 */
export function toEpochDay(localDate: LocalDate): number {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${localDate}`);
  const epochDay = Math.round(utcMsOfParts(Number(match[1]), Number(match[2]), Number(match[3])) / MS_PER_DAY);
  if (fromEpochDay(epochDay) !== localDate) throw new RangeError(`no such date: ${localDate}`);
  return epochDay;
}

/** The date of a year, month (1–12) and day; throws RangeError when there is no such day. */
export function localDateOfParts(year: number, month: number, day: number): LocalDate {
  const localDate = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  toEpochDay(localDate);
  return localDate;
}

export function addDays(localDate: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(localDate) + days);
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(localDate: LocalDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(localDate));
}

export function yearOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}

/** Month of the year, 1 = January … 12 = December. */
export function monthOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCMonth() + 1;
}

/** Day of the year, 1 … 366. */
export function dayOfYearOfEpochDay(epochDay: number): number {
  return epochDay - Math.round(utcMsOfParts(yearOfEpochDay(epochDay), 1, 1) / MS_PER_DAY) + 1;
}
