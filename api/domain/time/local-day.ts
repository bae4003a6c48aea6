import { MS_PER_DAY, MS_PER_MINUTE } from "./durations";
import { makeHalfOpenInterval, type HalfOpenInterval } from "./half-open-interval";
import type { IntervalMinutes } from "./interval-minutes";
import { addDays, fromEpochDay, toEpochDay, type LocalDate } from "./local-date";
import { resolveWallClock } from "./wall-clock";
import { toLocalMs } from "./zone";

/**
 * The first instant of a local date in a zone: local midnight, or, where midnight itself is skipped
 * by a spring-forward gap (e.g. America/Santiago), the first wall-clock time that exists, as the
 * "compatible" rule in wall-clock.ts gives. Throws RangeError for a bad date or zone.
 */
export function localMidnightUtcMs(localDate: LocalDate, zoneName: string): number {
  return resolveWallClock(toEpochDay(localDate) * MS_PER_DAY, zoneName).instantUtcMs;
}

/** A local day is [its first instant, the next day's first instant), as localMidnightUtcMs gives them. */
export function localDayInterval(localDate: LocalDate, zoneName: string): HalfOpenInterval {
  return makeHalfOpenInterval(
    localMidnightUtcMs(localDate, zoneName),
    localMidnightUtcMs(addDays(localDate, 1), zoneName),
  );
}

/** The local date on which an instant falls in a zone, as an epoch day (days since 1970-01-01). */
export function localEpochDayOf(instantUtcMs: number, zoneName: string): number {
  return Math.floor(toLocalMs(instantUtcMs, zoneName) / MS_PER_DAY);
}

/** The local date on which an instant falls in a zone. */
export function localDateOf(instantUtcMs: number, zoneName: string): LocalDate {
  return fromEpochDay(localEpochDayOf(instantUtcMs, zoneName));
}

/**
 * Start instants of every interval of a local day: 24 hours' worth on an ordinary day, 23 on a
 * spring-forward day and 25 on a fall-back day (e.g. 92, 96 or 100 fifteen-minute intervals).
 */
export function localDayIntervalStarts(
  localDate: LocalDate,
  zoneName: string,
  intervalMinutes: IntervalMinutes,
): number[] {
  const day = localDayInterval(localDate, zoneName);
  const starts: number[] = [];
  for (let start = day.startUtcMs; start < day.endUtcMs; start += intervalMinutes * MS_PER_MINUTE) starts.push(start);
  return starts;
}

/** Interval starts of `dayCount` consecutive local days from `firstLocalDate`. */
export function localDaysIntervalStarts(
  firstLocalDate: LocalDate,
  dayCount: number,
  zoneName: string,
  intervalMinutes: IntervalMinutes,
): number[] {
  const starts: number[] = [];
  for (let day = 0; day < dayCount; day += 1) {
    starts.push(...localDayIntervalStarts(addDays(firstLocalDate, day), zoneName, intervalMinutes));
  }
  return starts;
}
