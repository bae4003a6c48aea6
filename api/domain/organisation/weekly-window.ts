/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A recurring local-time window, read in a zone that travels with it (the agent's or the queue's).
 * `startLocal`/`endLocal` are "HH:mm"; an end at or before the start runs past midnight into the
 * next day, so a night window "22:00"–"06:00" belongs to the weekday it starts on.
 */
export interface WeeklyWindow {
  weekday: IsoWeekday;
  startLocal: string;
  endLocal: string;
}

const minutesOf = (localTime: string): number => {
  const [hours, minutes] = localTime.split(":").map(Number);
  return hours! * 60 + minutes!;
};

/**
 * Whether a local moment (ISO weekday + minutes since local midnight) falls inside any window.
 * Windows are half-open [start, end); an overnight window continues into the next weekday.
 */
export function isInsideWeeklyWindows(windows: WeeklyWindow[], weekday: IsoWeekday, minuteOfDay: number): boolean {
  const previousWeekday = weekday === 1 ? 7 : weekday - 1;
  return windows.some((window) => {
    const start = minutesOf(window.startLocal);
    const end = minutesOf(window.endLocal);
    const isOvernight = end <= start;
    if (window.weekday === weekday) return minuteOfDay >= start && (isOvernight || minuteOfDay < end);
    return isOvernight && window.weekday === previousWeekday && minuteOfDay < end;
  });
}
