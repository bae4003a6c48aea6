import { isoWeekdayOfEpochDay } from "../../time/local-date";
import type { WeeklyWindow } from "../../organisation/weekly-window";
import type { PlacedBreak } from "./break-placement";
import { wallClockInstantMs } from "../../time/wall-clock";
import { overlapMs, windowMinutes } from "./wall-clock-minutes";
import { MS_PER_MINUTE } from "../../time/durations";

/** Minutes of [startMs, endMs) inside a recurring local window, looking at windows that begin the day before through the day after. */
export function minutesInWeeklyWindows(
  windows: WeeklyWindow[],
  zoneName: string,
  epochDay: number,
  startMs: number,
  endMs: number,
): number {
  let totalMs = 0;
  for (const day of [epochDay - 1, epochDay, epochDay + 1]) {
    const weekday = isoWeekdayOfEpochDay(day);
    for (const window of windows) {
      if (window.weekday !== weekday) continue;
      const { startMinute, endMinute } = windowMinutes(window.startLocal, window.endLocal);
      totalMs += overlapMs(
        startMs,
        endMs,
        wallClockInstantMs(day, startMinute, zoneName),
        wallClockInstantMs(day, endMinute, zoneName),
      );
    }
  }
  return totalMs / MS_PER_MINUTE;
}

/** Minutes of [startMs, endMs) inside the local night window (every night, whatever the weekday). */
export function nightMinutesOf(
  nightStartLocal: string,
  nightEndLocal: string,
  zoneName: string,
  epochDay: number,
  startMs: number,
  endMs: number,
): number {
  const { startMinute, endMinute } = windowMinutes(nightStartLocal, nightEndLocal);
  let totalMs = 0;
  for (const day of [epochDay - 1, epochDay, epochDay + 1]) {
    totalMs += overlapMs(
      startMs,
      endMs,
      wallClockInstantMs(day, startMinute, zoneName),
      wallClockInstantMs(day, endMinute, zoneName),
    );
  }
  return totalMs / MS_PER_MINUTE;
}

/**
 * The share of each requirement interval the shift is on the phones: worked minutes (shift minus
 * breaks) in the interval divided by the interval length. Usually 1 or 0; fractions appear for
 * breaks shorter than an interval and for zones whose offset is not a multiple of the interval.
 */
export function coverageOf(
  startMs: number,
  endMs: number,
  breaks: PlacedBreak[],
  periodStartMs: number,
  intervalMs: number,
): { intervals: Int32Array; fractions: Float64Array } {
  const first = Math.floor((startMs - periodStartMs) / intervalMs);
  const last = Math.ceil((endMs - periodStartMs) / intervalMs);
  const intervals: number[] = [];
  const fractions: number[] = [];
  for (let interval = first; interval < last; interval += 1) {
    const intervalStartMs = periodStartMs + interval * intervalMs;
    const intervalEndMs = intervalStartMs + intervalMs;
    let workedMs = overlapMs(startMs, endMs, intervalStartMs, intervalEndMs);
    for (const pause of breaks) workedMs -= overlapMs(pause.startMs, pause.endMs, intervalStartMs, intervalEndMs);
    if (workedMs <= 0) continue;
    intervals.push(interval);
    fractions.push(workedMs / intervalMs);
  }
  return { intervals: Int32Array.from(intervals), fractions: Float64Array.from(fractions) };
}
