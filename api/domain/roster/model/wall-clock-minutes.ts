import { MINUTES_PER_DAY } from "../../time/durations";

const HHMM_PATTERN = /^(\d{2}):(\d{2})$/;

/** Minutes since local midnight of "HH:mm"; "24:00" is 1440 (the end of the day). Throws RangeError otherwise. */
export function minutesOfHhmm(text: string): number {
  const match = HHMM_PATTERN.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  const total = hours * 60 + minutes;
  if (!match || minutes > 59 || total > MINUTES_PER_DAY) throw new RangeError(`not an HH:mm time of day: ${text}`);
  return total;
}

/** A recurring local window [start, end) as minutes from midnight of its own day; an end at or before the start is the next day. */
export function windowMinutes(startLocal: string, endLocal: string): { startMinute: number; endMinute: number } {
  const startMinute = minutesOfHhmm(startLocal);
  const rawEnd = minutesOfHhmm(endLocal);
  return { startMinute, endMinute: rawEnd <= startMinute ? rawEnd + MINUTES_PER_DAY : rawEnd };
}

export function overlapMs(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}
