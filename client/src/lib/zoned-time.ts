import { DateTime } from "luxon";
import { MS_PER_MINUTE } from "../../../api/contracts/durations";

/**
 * The client's one time module: every conversion between UTC instants, IANA zones, wall clocks and
 * calendar dates on a page goes through here (luxon, and Intl for the browser's zone names and
 * offsets), always in an explicit zone, never the browser's own. Days are local days: 23 or 25 hours
 * long across a DST change. FullCalendar converts zones inside its own components (Temporal); the
 * text inside its events still comes from here. Durations are the server's, from api/contracts.
 */
export { MINUTES_PER_DAY, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_WEEK } from "../../../api/contracts/durations";

const dateTimeOf = (instant: string | Date, timeZone: string) =>
  typeof instant === "string"
    ? DateTime.fromISO(instant, { zone: timeZone })
    : DateTime.fromJSDate(instant, { zone: timeZone });

/** The local date ("2026-03-02") of a UTC instant in `timeZone` (today there, given `new Date()`). */
export function localDateOf(instant: string | Date, timeZone: string): string {
  return dateTimeOf(instant, timeZone).toISODate()!;
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

/** The UTC instant (ISO) of a wall-clock time ("HH:mm") on a local date in `timeZone`. */
export function wallClockUtc(isoDate: string, hhmm: string, timeZone: string): string {
  return DateTime.fromISO(`${isoDate}T${hhmm}`, { zone: timeZone }).toUTC().toISO()!;
}

/** The UTC instants (ms) a local day starts and ends at in `timeZone`: 23 or 25 hours apart on DST days. */
export function localDayBoundsMs(isoDate: string, timeZone: string): [number, number] {
  const start = DateTime.fromISO(isoDate, { zone: timeZone }).startOf("day");
  return [start.toMillis(), start.plus({ days: 1 }).startOf("day").toMillis()];
}

/**
 * Whole local days [first, last] in `timeZone` → the UTC instants [start of first day, start of the day
 * after last): a day off is the agent's calendar day, whatever its length (23 or 25 hours on DST days).
 */
export function localDayRangeToInstants(
  firstDate: string,
  lastDate: string,
  timeZone: string,
): { startsAt: string; endsAt: string } | null {
  const start = DateTime.fromISO(firstDate, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(lastDate, { zone: timeZone }).startOf("day").plus({ days: 1 });
  if (!start.isValid || !end.isValid || end <= start) return null;
  return { startsAt: start.toISO()!, endsAt: end.toISO()! };
}

/** The seven local dates of the week starting on `mondayIsoDate`. */
export function weekDates(mondayIsoDate: string): string[] {
  return Array.from({ length: 7 }, (_unused, index) => plusDays(mondayIsoDate, index));
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

/** "09:00" in `timeZone`, 24-hour. */
export function clockTime(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: timeZone }).toFormat("HH:mm");
}

/** The ISO weekday (1 = Monday … 7 = Sunday) and the "HH:mm" wall-clock time of an instant in `timeZone`. */
export function weekdayAndClockTime(instant: string, timeZone: string): { isoWeekday: number; time: string } {
  const local = DateTime.fromISO(instant, { zone: timeZone });
  return { isoWeekday: local.weekday, time: local.toFormat("HH:mm") };
}

/** "22:00–06:00" in `timeZone`; `dayShift` is how many local days later the end falls (1 for an overnight shift). */
export function timeRangeInZone(
  startUtc: string,
  endUtc: string,
  timeZone: string,
): { text: string; dayShift: number } {
  const start = DateTime.fromISO(startUtc, { zone: timeZone });
  const end = DateTime.fromISO(endUtc, { zone: timeZone });
  const dayShift = Math.round(end.startOf("day").diff(start.startOf("day"), "days").days);
  return { text: `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}`, dayShift };
}

/** "Mon 2 Mar" for a local ISO date. */
export function dayLabel(isoDate: string): string {
  return DateTime.fromISO(isoDate, { zone: "UTC" }).toFormat("ccc d LLL");
}

/** "Mon 6 Jul – Fri 10 Jul 2026" in the agent's zone. */
export function formatLocalDayRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const lastDay = DateTime.fromISO(endsAt, { zone: timeZone }).minus({ milliseconds: 1 });
  const format = (moment: DateTime) => moment.toFormat("ccc d LLL yyyy");
  return start.hasSame(lastDay, "day") ? format(start) : `${format(start)} – ${format(lastDay)}`;
}

/** A plan's dates are calendar dates (no instant), so they are formatted as UTC days: no zone can shift them. */
export function formatCalendarDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A time formatted from a UTC instant into an explicit zone (never the browser's implicit one). */
export function formatInZone(instant: string | Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, ...options }).format(
    typeof instant === "string" ? new Date(instant) : instant,
  );
}

/** Whole minutes between two instants. */
export function minutesBetween(startUtc: string, endUtc: string): number {
  return Math.round((Date.parse(endUtc) - Date.parse(startUtc)) / MS_PER_MINUTE);
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

/** "GMT+8", "GMT-5": the zone's offset at `at`, as people read it. */
export function currentOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((item) => item.type === "timeZoneName");
  return part?.value ?? "";
}

/** "Asia/Manila" → "Manila"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
}
