import { DateTime } from "luxon";
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "./durations";
import { dayOfYearOfEpochDay, fromEpochDay, isoWeekdayOfEpochDay, type LocalDate } from "./local-date";
import { toLocalMs } from "./zone";

/** What a wall clock and calendar in a zone read at an instant. */
export interface ZonedFields {
  localDate: LocalDate;
  epochDay: number;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  /** 1 … 366. */
  dayOfYear: number;
  hour: number;
  minute: number;
}

/** The wall-clock fields of an instant in a zone; both occurrences of a fall-back hour read the same. */
export function zonedFieldsOf(instantUtcMs: number, zoneName: string): ZonedFields {
  const localMs = toLocalMs(instantUtcMs, zoneName);
  const epochDay = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - epochDay * MS_PER_DAY;
  return {
    localDate: fromEpochDay(epochDay),
    epochDay,
    isoWeekday: isoWeekdayOfEpochDay(epochDay),
    dayOfYear: dayOfYearOfEpochDay(epochDay),
    hour: Math.floor(msOfDay / MS_PER_HOUR),
    minute: Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE),
  };
}

/**
 * Local days elapsed from one instant to a later one in a zone, as luxon's `diff(…, "days")` counts
 * them: whole calendar days, plus the elapsed share of the local day in progress, that day being 23,
 * 24 or 25 hours long (so an hour of a fall-back day is 1/25 of a day).
 */
export function localDaysBetween(fromUtcMs: number, toUtcMs: number, zoneName: string): number {
  const from = DateTime.fromMillis(fromUtcMs, { zone: zoneName });
  return DateTime.fromMillis(toUtcMs, { zone: zoneName }).diff(from, "days").days;
}
