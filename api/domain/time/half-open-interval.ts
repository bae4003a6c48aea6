import { MS_PER_MINUTE } from "./durations";

/**
 * A half-open span of time [startUtcMs, endUtcMs): it contains its start and not its end, so
 * consecutive intervals tile time without overlap or gap.
 */
export interface HalfOpenInterval {
  startUtcMs: number;
  endUtcMs: number;
}

/** Throws RangeError when the end is before the start (an empty interval, start = end, is allowed). */
export function makeHalfOpenInterval(startUtcMs: number, endUtcMs: number): HalfOpenInterval {
  if (!(endUtcMs >= startUtcMs)) throw new RangeError(`interval ends (${endUtcMs}) before it starts (${startUtcMs})`);
  return { startUtcMs, endUtcMs };
}

export function containsInstant(interval: HalfOpenInterval, instantUtcMs: number): boolean {
  return instantUtcMs >= interval.startUtcMs && instantUtcMs < interval.endUtcMs;
}

export function overlaps(a: HalfOpenInterval, b: HalfOpenInterval): boolean {
  return a.startUtcMs < b.endUtcMs && b.startUtcMs < a.endUtcMs;
}

export function durationMinutes(interval: HalfOpenInterval): number {
  return (interval.endUtcMs - interval.startUtcMs) / MS_PER_MINUTE;
}
