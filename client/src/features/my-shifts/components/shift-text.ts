import {
  clockTime,
  dayLabel,
  formatDuration,
  localDateOf,
  minutesBetween,
  MS_PER_MINUTE,
  timeRangeInZone,
} from "../../../lib/zoned-time";

export interface ShiftLike {
  startUtc: string;
  endUtc: string;
  breaks: { kind: "break" | "lunch"; startUtc: string; endUtc: string }[];
}

/** What a shift card says, every time formatted from the UTC instants into `timeZone`. */
export function describeShift(shift: ShiftLike, timeZone: string) {
  const range = timeRangeInZone(shift.startUtc, shift.endUtc, timeZone);
  const breakMinutes = shift.breaks.reduce((sum, item) => sum + minutesBetween(item.startUtc, item.endUtc), 0);
  return {
    day: dayLabel(localDateOf(shift.startUtc, timeZone)),
    localDate: localDateOf(shift.startUtc, timeZone),
    time: range.text,
    endsNextDay: range.dayShift > 0,
    length: formatDuration(minutesBetween(shift.startUtc, shift.endUtc)),
    paid: formatDuration(minutesBetween(shift.startUtc, shift.endUtc) - breakMinutes),
    breaks: shift.breaks.map((item) => ({
      label: item.kind === "lunch" ? "Lunch" : "Break",
      time: `${clockTime(item.startUtc, timeZone)}–${clockTime(item.endUtc, timeZone)}`,
    })),
  };
}

/** "in 3 h 20 min", "in 2 days", "now" — from `nowMs`. */
export function startsIn(startUtc: string, endUtc: string, nowMs: number): string {
  const startMs = Date.parse(startUtc);
  if (startMs <= nowMs && Date.parse(endUtc) > nowMs) return "on now";
  const minutes = Math.round((startMs - nowMs) / MS_PER_MINUTE);
  if (minutes < 60 * 24) return `in ${formatDuration(minutes)}`;
  const days = Math.round(minutes / (60 * 24));
  return `in ${days} day${days === 1 ? "" : "s"}`;
}
