import { resolveWallClock } from "../../time/wall-clock";

const MS_PER_DAY = 86_400_000;
const HHMM_PATTERN = /^(\d{2}):(\d{2})$/;

/** Minutes since local midnight of "HH:mm"; "24:00" is 1440 (the end of the day). Throws RangeError otherwise. */
export function minutesOfHhmm(text: string): number {
  const match = HHMM_PATTERN.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  const total = hours * 60 + minutes;
  if (!match || minutes > 59 || total > 1440) throw new RangeError(`not an HH:mm time of day: ${text}`);
  return total;
}

/**
 * The instant of a wall-clock time `minuteOfDay` minutes after local midnight of an epoch day
 * (minuteOfDay may pass 1440 to mean the next days), with Temporal's "compatible" rule
 * (api/domain/time/wall-clock.ts): a time in a spring-forward gap moves forward by the gap, a
 * fall-back time that occurs twice is its earlier occurrence.
 */
export function wallClockInstantMs(epochDay: number, minuteOfDay: number, zoneName: string): number {
  return resolveWallClock(epochDay * MS_PER_DAY + minuteOfDay * 60_000, zoneName).instantUtcMs;
}

/** Like wallClockInstantMs, but null for a wall-clock time that does not exist (a spring-forward gap). */
export function existingWallClockInstantMs(epochDay: number, minuteOfDay: number, zoneName: string): number | null {
  const resolved = resolveWallClock(epochDay * MS_PER_DAY + minuteOfDay * 60_000, zoneName);
  return resolved.resolution === "nonexistent" ? null : resolved.instantUtcMs;
}

/** A recurring local window [start, end) as minutes from midnight of its own day; an end at or before the start is the next day. */
export function windowMinutes(startLocal: string, endLocal: string): { startMinute: number; endMinute: number } {
  const startMinute = minutesOfHhmm(startLocal);
  const rawEnd = minutesOfHhmm(endLocal);
  return { startMinute, endMinute: rawEnd <= startMinute ? rawEnd + 1440 : rawEnd };
}

export function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}
