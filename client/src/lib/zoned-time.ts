import { DateTime } from "luxon";

/**
 * Wall-clock arithmetic in an explicit IANA zone (luxon), for pages that lay shifts out by local day.
 * Days are local days: 23 or 25 hours long across a DST change.
 */

/** The local date ("2026-03-02") of a UTC instant in `timeZone`. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  const value = typeof instant === "string" ? DateTime.fromISO(instant, { zone: timeZone }) : DateTime.fromJSDate(instant, { zone: timeZone });
  return value.toISODate()!;
}

/** The Monday on or before a local date, as an ISO date. */
export function mondayOf(isoDate: string): string {
  const day = DateTime.fromISO(isoDate, { zone: "UTC" });
  return day.minus({ days: day.weekday - 1 }).toISODate()!;
}

/** Calendar arithmetic on ISO dates, independent of any zone. */
export function plusDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: "UTC" }).plus({ days }).toISODate()!;
}

/** The UTC instant (ISO) of local midnight starting `isoDate` in `timeZone`. */
export function localMidnightUtc(isoDate: string, timeZone: string): string {
  return DateTime.fromISO(isoDate, { zone: timeZone }).startOf("day").toUTC().toISO()!;
}

/** The seven local dates of the week starting on `mondayIsoDate`. */
export function weekDates(mondayIsoDate: string): string[] {
  return Array.from({ length: 7 }, (_unused, index) => plusDays(mondayIsoDate, index));
}

/** "09:00" in `timeZone`, 24-hour. */
export function clockTime(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: timeZone }).toFormat("HH:mm");
}

/** "22:00–06:00" in `timeZone`; `dayShift` is how many local days later the end falls (1 for an overnight shift). */
export function timeRangeInZone(startUtc: string, endUtc: string, timeZone: string): { text: string; dayShift: number } {
  const start = DateTime.fromISO(startUtc, { zone: timeZone });
  const end = DateTime.fromISO(endUtc, { zone: timeZone });
  const dayShift = Math.round(end.startOf("day").diff(start.startOf("day"), "days").days);
  return { text: `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`, dayShift };
}

/** "Mon 2 Mar" for a local ISO date. */
export function dayLabel(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: "UTC" }).toFormat("ccc d LLL");
}

/** Whole minutes between two instants. */
export function minutesBetween(startUtc: string, endUtc: string): number {
  return Math.round((Date.parse(endUtc) - Date.parse(startUtc)) / 60_000);
}

/** "7 h 30 min" for people. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : hours === 0 ? `${rest} min` : `${hours} h ${rest} min`;
}

/** Whether `timeZone` is a zone this browser knows (an IANA name, not an offset). */
export function isKnownZone(timeZone: string): boolean {
  return DateTime.now().setZone(timeZone).isValid;
}

/**
 * The local dates (in `timeZone`) that the half-open interval [startUtc, endUtc) touches, in order:
 * time off from 00:00 Monday to 00:00 Wednesday in that zone touches Monday and Tuesday only.
 */
export function localDatesCovered(startUtc: string, endUtc: string, timeZone: string): string[] {
  const first = localDateOf(startUtc, timeZone);
  const last = localDateOf(new Date(Math.max(Date.parse(startUtc), Date.parse(endUtc) - 1)), timeZone);
  const dates: string[] = [];
  for (let date = first; date <= last; date = plusDays(date, 1)) dates.push(date);
  return dates;
}
