import { DateTime } from "luxon";

/**
 * Whole local days [first, last] in `timeZone` → the UTC instants [start of first day, start of the day
 * after last): a day off is the agent's calendar day, whatever its length (23 or 25 hours on DST days).
 */
export function localDayRangeToInstants(firstDate: string, lastDate: string, timeZone: string): { startsAt: string; endsAt: string } | null {
  const start = DateTime.fromISO(firstDate, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(lastDate, { zone: timeZone }).startOf("day").plus({ days: 1 });
  if (!start.isValid || !end.isValid || end <= start) return null;
  return { startsAt: start.toISO()!, endsAt: end.toISO()! };
}

/** "Mon 6 Jul – Fri 10 Jul 2026" in the agent's zone. */
export function formatLocalDayRange(startsAt: string, endsAt: string, timeZone: string): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const lastDay = DateTime.fromISO(endsAt, { zone: timeZone }).minus({ milliseconds: 1 });
  const format = (moment: DateTime) => moment.toFormat("ccc d LLL yyyy");
  return start.hasSame(lastDay, "day") ? format(start) : `${format(start)} – ${format(lastDay)}`;
}
