import { isInsideWeeklyWindows, type IsoWeekday, type WeeklyWindow } from "../organisation/weekly-window";
import type { IntervalMinutes } from "../time/interval-minutes";
import { toLocalMs } from "../time/zone";
import { MINUTES_PER_DAY, MS_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK } from "../time/durations";
import { isoWeekdayOfEpochDay } from "../time/local-date";

/** A stretch with no history, [fromUtcMs, toUtcMs), that holds open hours. */
export interface HistoryGap {
  fromUtcMs: number;
  toUtcMs: number;
}

function localSlot(instantUtcMs: number, zoneName: string): { weekday: IsoWeekday; minuteOfDay: number } {
  const localMs = toLocalMs(instantUtcMs, zoneName);
  const epochDay = Math.floor(localMs / MS_PER_DAY);
  return {
    weekday: isoWeekdayOfEpochDay(epochDay) as IsoWeekday,
    minuteOfDay: Math.floor((localMs - epochDay * MS_PER_DAY) / MS_PER_MINUTE),
  };
}

/**
 * Whether the queue is open at an instant: inside its business hours when it has some, else at a
 * weekly wall-clock slot (weekday and time of day) where the file itself has history, so a queue
 * closed at night and on Sundays is not warned about its nights and Sundays.
 */
function openTest(
  starts: readonly number[],
  zoneName: string,
  intervalMinutes: IntervalMinutes,
  openHours: WeeklyWindow[],
): (instantUtcMs: number) => boolean {
  if (openHours.length > 0) {
    return (instant) => {
      const { weekday, minuteOfDay } = localSlot(instant, zoneName);
      return isInsideWeeklyWindows(openHours, weekday, minuteOfDay);
    };
  }
  const slotKey = (instant: number) => {
    const { weekday, minuteOfDay } = localSlot(instant, zoneName);
    return weekday * MINUTES_PER_DAY + Math.floor(minuteOfDay / intervalMinutes) * intervalMinutes;
  };
  const seen = new Set(starts.map(slotKey));
  return (instant) => seen.has(slotKey(instant));
}

/**
 * The gaps longer than a day between consecutive intervals of `starts` (ascending UTC ms) that
 * contain open time: a week of missing data is worth a warning, a closed weekend is not. A gap of
 * a week or more contains every weekly slot, so at most a week of intervals is looked at per gap.
 */
export function findHistoryGaps(
  starts: readonly number[],
  zoneName: string,
  intervalMinutes: IntervalMinutes,
  openHours: WeeklyWindow[],
): HistoryGap[] {
  const intervalMs = intervalMinutes * MS_PER_MINUTE;
  const isOpen = openTest(starts, zoneName, intervalMinutes, openHours);
  const gaps: HistoryGap[] = [];
  for (let index = 1; index < starts.length; index += 1) {
    const fromUtcMs = starts[index - 1]! + intervalMs;
    const toUtcMs = starts[index]!;
    if (toUtcMs - fromUtcMs <= MS_PER_DAY) continue;
    const lookUntil = Math.min(toUtcMs, fromUtcMs + MS_PER_WEEK);
    for (let instant = fromUtcMs; instant < lookUntil; instant += intervalMs) {
      if (isOpen(instant)) {
        gaps.push({ fromUtcMs, toUtcMs });
        break;
      }
    }
  }
  return gaps;
}
