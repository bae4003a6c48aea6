import { formatInstantUtc } from "../time/format-instant";
import { localMidnightUtcMs } from "../time/local-day";
import { fromEpochDay, isoWeekdayOfEpochDay, toEpochDay } from "../time/local-date";
import { weekOfYearIndex } from "./week-of-year";

/** One plan week: seven local calendar days, and the half-open UTC span they cover in the zone. */
export interface PlanWeek {
  index: number;
  startEpochDay: number;
  weekStartDate: string;
  /** Last calendar day of the week (inclusive), for people; the instants below are half-open. */
  weekLastDate: string;
  startsAtUtc: string;
  endsAtUtc: string;
  /** 1 … 52: the attrition-curve bucket (see week-of-year.ts). */
  weekOfYear: number;
}

export interface WeeklyHorizon {
  zone: string;
  firstEpochDay: number;
  weeks: PlanWeek[];
}

/** Local midnight of a date in the zone as a UTC instant (a midnight skipped by DST moves forward); RangeError for an unknown zone. */
function localMidnightUtc(epochDay: number, zone: string): string {
  return formatInstantUtc(localMidnightUtcMs(fromEpochDay(epochDay), zone));
}

/** The week with the given index relative to the horizon (negative indices lie before it). */
export function planWeekAt(firstEpochDay: number, zone: string, index: number): PlanWeek {
  const startEpochDay = firstEpochDay + 7 * index;
  return {
    index,
    startEpochDay,
    weekStartDate: fromEpochDay(startEpochDay),
    weekLastDate: fromEpochDay(startEpochDay + 6),
    startsAtUtc: localMidnightUtc(startEpochDay, zone),
    endsAtUtc: localMidnightUtc(startEpochDay + 7, zone),
    weekOfYear: weekOfYearIndex(startEpochDay) + 1,
  };
}

/**
 * `weekCount` consecutive weeks starting on `firstDayOfWeek` (ISO 1 = Monday … 7 = Sunday), the
 * first being the week that contains `startDate`. Throws RangeError for a bad date, zone or weekday.
 */
export function buildWeeklyHorizon(
  startDate: string,
  weekCount: number,
  zone: string,
  firstDayOfWeek: number,
): WeeklyHorizon {
  if (!Number.isInteger(firstDayOfWeek) || firstDayOfWeek < 1 || firstDayOfWeek > 7) {
    throw new RangeError(`firstDayOfWeek must be 1 … 7, got ${firstDayOfWeek}`);
  }
  const startEpochDay = toEpochDay(startDate);
  const daysIntoWeek = (isoWeekdayOfEpochDay(startEpochDay) - firstDayOfWeek + 7) % 7;
  const firstEpochDay = startEpochDay - daysIntoWeek;
  const weeks = Array.from({ length: weekCount }, (_, index) => planWeekAt(firstEpochDay, zone, index));
  return { zone, firstEpochDay, weeks };
}

/** Index of the plan week that contains a date (negative before the horizon, ≥ weekCount after). */
export function weekIndexOfEpochDay(horizon: WeeklyHorizon, epochDay: number): number {
  return Math.floor((epochDay - horizon.firstEpochDay) / 7);
}
