import { MINUTES_PER_DAY, MS_PER_DAY, MS_PER_SECOND } from "../time/durations";
import { isoWeekdayOfEpochDay } from "../time/local-date";
import { localEpochDayOf } from "../time/local-day";
import { wallClockInstantMs } from "../time/wall-clock";

/** A weekly opening window in the queue's zone (ISO weekday; end at or before start runs past midnight). */
export interface WeeklyOpening {
  weekday: number;
  startLocal: string;
  endLocal: string;
}

/** Opening windows as UTC [start, end) pairs covering [fromMs, toMs), merged and sorted. */
function openWindowsUtcMs(
  openings: WeeklyOpening[],
  zoneName: string,
  fromMs: number,
  toMs: number,
): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (
    let day = localEpochDayOf(fromMs - MS_PER_DAY, zoneName);
    wallClockInstantMs(day, 0, zoneName) < toMs + MS_PER_DAY;
    day += 1
  ) {
    const weekday = isoWeekdayOfEpochDay(day);
    for (const opening of openings.filter((o) => o.weekday === weekday)) {
      const [startHour, startMinute] = opening.startLocal.split(":").map(Number);
      const [endHour, endMinute] = opening.endLocal.split(":").map(Number);
      const startMinuteOfDay = startHour * 60 + startMinute;
      const endMinuteOfDay = endHour * 60 + endMinute;
      const endsNextDay = endMinuteOfDay <= startMinuteOfDay;
      windows.push([
        wallClockInstantMs(day, startMinuteOfDay, zoneName),
        wallClockInstantMs(day, endMinuteOfDay + (endsNextDay ? MINUTES_PER_DAY : 0), zoneName),
      ]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([...window]);
  }
  return merged;
}

/**
 * Business (open) seconds inside each of the consecutive intervals starting at `startsUtcMs`, each
 * `intervalSeconds` long, for weekly openings in `zoneName` (DST-aware through api/domain/time: a 09:00–17:00
 * day is 8 hours on a 23- or 25-hour day alike). No openings means always open.
 */
export function businessSecondsPerInterval(
  startsUtcMs: number[],
  intervalSeconds: number,
  openings: WeeklyOpening[],
  zoneName: string,
): number[] {
  if (openings.length === 0) return startsUtcMs.map(() => intervalSeconds);
  const first = startsUtcMs[0];
  const last = startsUtcMs[startsUtcMs.length - 1] + intervalSeconds * MS_PER_SECOND;
  const windows = openWindowsUtcMs(openings, zoneName, first, last);
  let w = 0;
  return startsUtcMs.map((startMs) => {
    const endMs = startMs + intervalSeconds * MS_PER_SECOND;
    while (w < windows.length && windows[w][1] <= startMs) w++;
    let openMs = 0;
    for (let v = w; v < windows.length && windows[v][0] < endMs; v++) {
      openMs += Math.max(0, Math.min(endMs, windows[v][1]) - Math.max(startMs, windows[v][0]));
    }
    return openMs / MS_PER_SECOND;
  });
}
