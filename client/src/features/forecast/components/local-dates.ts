import { DateTime } from "luxon";

/** Calendar arithmetic on ISO dates ("2026-03-08"), independent of any zone. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** Today's date in `timeZone`, not the browser's. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

/** The UTC instants (ms) a local day starts and ends at in `timeZone`: 23 or 25 hours apart on DST days. */
export function localDayBoundsMs(isoDate: string, timeZone: string): [number, number] {
  const start = DateTime.fromISO(isoDate, { zone: timeZone }).startOf("day");
  return [start.toMillis(), start.plus({ days: 1 }).startOf("day").toMillis()];
}

export const percent = (fraction: number | null | undefined, digits = 1) =>
  fraction === null || fraction === undefined ? "–" : `${(fraction * 100).toFixed(digits)} %`;
