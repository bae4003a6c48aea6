import { resolveWallClock, type WallClockResolution } from "./wall-clock";
import { MS_PER_MINUTE } from "./durations";

/**
 * A timestamp read from a file or a flag. With an offset ("Z", "+08:00", "-0500") it is an instant;
 * without one it is wall-clock time in the zone given, resolved by the rule in wall-clock.ts.
 * `offsetMinutes` is the file's own offset when it wrote one (east positive), else null.
 */
export interface ParsedTimestamp {
  instantUtcMs: number;
  resolution: WallClockResolution;
  hadOffset: boolean;
  offsetMinutes: number | null;
}

/**
 * How dates are written. "iso": ISO 8601 and its spreadsheet form `YYYY-MM-DD HH:MM[:SS]`, the
 * default. Excel's day-first and month-first forms cannot be told apart by looking ("03/02/2026"
 * is either), so they are read only when named.
 */
export const DATE_FORMATS = ["iso", "DD/MM/YYYY HH:MM", "MM/DD/YYYY HH:MM"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Years accepted in any timestamp: older or later dates are typing mistakes ("0099", "9999"), not history. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2099;

export type TimestampReading = ParsedTimestamp | { problem: string };

/**
 * ISO 8601 date-times as exports write them: "T" or a space between date and time, minutes
 * required, seconds and fractions optional, then an optional offset. A bare date is midnight.
 */
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
/** "04/03/2026 09:15" or with seconds; the day and month order comes from the named format. */
const SLASHED_PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fractionMs: number;
  offset: string | undefined;
}

function offsetMinutesOf(text: string): number {
  if (text === "Z" || text === "z") return 0;
  const sign = text[0] === "-" ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

function hasValidFields({ year, month, day, hour, minute, second }: Fields): boolean {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  return day >= 1 && day <= new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

function fieldsOf(text: string, format: DateFormat): Fields | null {
  if (format === "iso") {
    const match = ISO_PATTERN.exec(text);
    if (!match) return null;
    return {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      hour: Number(match[4] ?? 0),
      minute: Number(match[5] ?? 0),
      second: Number(match[6] ?? 0),
      fractionMs: match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0,
      offset: match[8],
    };
  }
  const match = SLASHED_PATTERN.exec(text);
  if (!match) return null;
  const isDayFirst = format === "DD/MM/YYYY HH:MM";
  return {
    year: Number(match[3]),
    month: Number(isDayFirst ? match[2] : match[1]),
    day: Number(isDayFirst ? match[1] : match[2]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
    fractionMs: 0,
    offset: undefined,
  };
}

const expected = (format: DateFormat) =>
  format === "iso"
    ? "an ISO 8601 date-time (e.g. 2026-03-02T09:00, 2026-03-02 09:00:00 or 2026-03-02T09:00:00+01:00)"
    : `a date-time like ${format}`;

/** Reads a timestamp, or says why it cannot: not of the format, not a real date, or a year outside MIN_YEAR–MAX_YEAR. */
export function readTimestamp(text: string, zoneName: string, format: DateFormat = "iso"): TimestampReading {
  const trimmed = text.trim();
  const fields = fieldsOf(trimmed, format);
  if (!fields || !hasValidFields(fields)) return { problem: `${JSON.stringify(text)} is not ${expected(format)}` };
  if (fields.year < MIN_YEAR || fields.year > MAX_YEAR)
    return { problem: `${JSON.stringify(text)}: year ${fields.year} is outside ${MIN_YEAR}–${MAX_YEAR}` };
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, fields.fractionMs);
  const localMs = date.getTime();
  if (fields.offset !== undefined) {
    const offsetMinutes = offsetMinutesOf(fields.offset);
    return {
      instantUtcMs: localMs - offsetMinutes * MS_PER_MINUTE,
      resolution: "exact",
      hadOffset: true,
      offsetMinutes,
    };
  }
  return { ...resolveWallClock(localMs, zoneName), hadOffset: false, offsetMinutes: null };
}

/** Returns null when the text is not a timestamp this parser reads (the caller reports the row). */
export function parseTimestamp(text: string, zoneName: string, format: DateFormat = "iso"): ParsedTimestamp | null {
  const reading = readTimestamp(text, zoneName, format);
  return "problem" in reading ? null : reading;
}
