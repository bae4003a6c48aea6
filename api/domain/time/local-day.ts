import { makeHalfOpenInterval, type HalfOpenInterval } from "./half-open-interval";
import type { IntervalMinutes } from "./interval-minutes";
import { addDays, fromEpochDay, toEpochDay, type LocalDate } from "./local-date";
import { resolveWallClock } from "./wall-clock";
import { toLocalMs } from "./zone";

/**
 * A local day is [its first instant, the next day's first instant). Its first instant is local
 * midnight, or, where midnight itself is skipped by a spring-forward gap (e.g. America/Santiago),
 * the first wall-clock time that exists, as the "compatible" rule in wall-clock.ts gives.
 */
export function localDayInterval(localDate: LocalDate, zoneName: string): HalfOpenInterval {
  const startUtcMs = resolveWallClock(toEpochDay(localDate) * 86_400_000, zoneName).instantUtcMs;
  const endUtcMs = resolveWallClock(toEpochDay(addDays(localDate, 1)) * 86_400_000, zoneName).instantUtcMs;
  return makeHalfOpenInterval(startUtcMs, endUtcMs);
}

/** The local date on which an instant falls in a zone, as an epoch day (days since 1970-01-01). */
export function localEpochDayOf(instantUtcMs: number, zoneName: string): number {
  return Math.floor(toLocalMs(instantUtcMs, zoneName) / 86_400_000);
}

/** The local date on which an instant falls in a zone. */
export function localDateOf(instantUtcMs: number, zoneName: string): LocalDate {
  return fromEpochDay(Math.floor(toLocalMs(instantUtcMs, zoneName) / 86_400_000));
}

/**
 * Start instants of every interval of a local day: 24 hours' worth on an ordinary day, 23 on a
 * spring-forward day and 25 on a fall-back day (e.g. 92, 96 or 100 fifteen-minute intervals).
 */
export function localDayIntervalStarts(localDate: LocalDate, zoneName: string, intervalMinutes: IntervalMinutes): number[] {
  const day = localDayInterval(localDate, zoneName);
  const starts: number[] = [];
  for (let start = day.startUtcMs; start < day.endUtcMs; start += intervalMinutes * 60_000) starts.push(start);
  return starts;
}

/** Interval starts of `dayCount` consecutive local days from `firstLocalDate`. */
export function localDaysIntervalStarts(firstLocalDate: LocalDate, dayCount: number, zoneName: string, intervalMinutes: IntervalMinutes): number[] {
  const starts: number[] = [];
  for (let day = 0; day < dayCount; day += 1) {
    starts.push(...localDayIntervalStarts(addDays(firstLocalDate, day), zoneName, intervalMinutes));
  }
  return starts;
}
