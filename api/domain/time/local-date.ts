/**
 * Calendar dates without a zone ("2026-03-08"), as the days of a queue's own calendar. Arithmetic
 * goes through epoch days (days since 1970-01-01), which is exact because a calendar date has no
 * time of day and so no DST.
 */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Throws RangeError for anything but a real YYYY-MM-DD date. */
export function toEpochDay(localDate: LocalDate): number {
  const match = LOCAL_DATE_PATTERN.exec(localDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${localDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMs = Date.UTC(year, month - 1, day);
  if (new Date(utcMs).getUTCDate() !== day) throw new RangeError(`no such date: ${localDate}`);
  return Math.round(utcMs / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(localDate: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(localDate) + days);
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7 + 1;
}

export function isoWeekday(localDate: LocalDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(localDate));
}
