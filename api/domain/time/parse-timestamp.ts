import { resolveWallClock, type WallClockResolution } from "./wall-clock";

/**
 * A timestamp read from a file or a flag. With an offset ("Z", "+08:00", "-0500") it is an instant;
 * without one it is wall-clock time in the zone given, resolved by the rule in wall-clock.ts.
 */
export interface ParsedTimestamp {
  instantUtcMs: number;
  resolution: WallClockResolution;
  hadOffset: boolean;
}

/**
 * ISO 8601 date-times as exports write them: "T" or a space between date and time, minutes
 * required, seconds and fractions optional, then an optional offset. A bare date is midnight.
 */
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

function offsetMinutesOf(text: string): number {
  if (text === "Z" || text === "z") return 0;
  const sign = text[0] === "-" ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

function hasValidFields(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns null when the text is not a timestamp this parser reads (the caller reports the row). */
export function parseTimestamp(text: string, zoneName: string): ParsedTimestamp | null {
  const match = TIMESTAMP_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (!hasValidFields(year, month, day, hour, minute, second)) return null;
  const fractionMs = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  const localMs = Date.UTC(year, month - 1, day, hour, minute, second, fractionMs);
  if (match[8] !== undefined) {
    return { instantUtcMs: localMs - offsetMinutesOf(match[8]) * 60_000, resolution: "exact", hadOffset: true };
  }
  const resolved = resolveWallClock(localMs, zoneName);
  return { ...resolved, hadOffset: false };
}
