import { MINUTES_PER_DAY } from "./durations";

/** The interval lengths a queue can be planned in. 60 divides all three, so every interval lies inside one hour. */
export const INTERVAL_MINUTES_CHOICES = [15, 30, 60] as const;

export type IntervalMinutes = (typeof INTERVAL_MINUTES_CHOICES)[number];

export function isIntervalMinutes(value: number): value is IntervalMinutes {
  return (INTERVAL_MINUTES_CHOICES as readonly number[]).includes(value);
}

/** Number of wall-clock slots in a 24-hour day (96, 48 or 24). */
export function slotsPerWallClockDay(intervalMinutes: IntervalMinutes): number {
  return MINUTES_PER_DAY / intervalMinutes;
}
