/** Cell parsers for history rows; each returns null for text it does not accept. */

const WHOLE_NUMBER = /^\d+(?:\.0*)?$/;
const DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

/** A count: a whole number ≥ 0 ("12" or "12.0"). */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : null;
}

/**
 * A handle time in seconds: a number ≥ 0 ("312", "312.5"), or a clock duration as exports show it
 * ("5:12" = 312 s, "1:05:12" = 3912 s). Minutes columns are scaled by the caller.
 */
export function parseDurationSeconds(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const clock = DURATION.exec(trimmed);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
