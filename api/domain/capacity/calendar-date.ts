import { DateTime } from "luxon";

/**
 * Calendar dates (yyyy-MM-dd) as epoch days, so plan weeks are integer arithmetic. A calendar date
 * has no time of day and hence no DST; zones enter only when a week is turned into instants.
 */
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Throws RangeError for anything but a real yyyy-MM-dd date. */
export function toEpochDay(date: string): number {
  const parsed = DateTime.fromISO(date, { zone: "utc" });
  if (!DATE_PATTERN.test(date) || !parsed.isValid) throw new RangeError(`not a yyyy-MM-dd date: ${date}`);
  return Math.round(parsed.toMillis() / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): string {
  return DateTime.fromMillis(epochDay * MS_PER_DAY, { zone: "utc" }).toISODate() as string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01, epoch day 0, was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Day of the year, 1 … 366. */
export function dayOfYearOfEpochDay(epochDay: number): number {
  return DateTime.fromMillis(epochDay * MS_PER_DAY, { zone: "utc" }).ordinal;
}

/** "June 8", or "December 28, 2026" when `withYear`; English whatever the machine's locale. */
export function formatReadableDate(epochDay: number, withYear: boolean): string {
  const date = DateTime.fromMillis(epochDay * MS_PER_DAY, { zone: "utc" }).setLocale("en-US");
  return date.toFormat(withYear ? "MMMM d, yyyy" : "MMMM d");
}

export function yearOfEpochDay(epochDay: number): number {
  return DateTime.fromMillis(epochDay * MS_PER_DAY, { zone: "utc" }).year;
}
