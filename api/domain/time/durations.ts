/**
 * Fixed durations, named once for the server. These are exact spans of elapsed time: a local day in
 * a zone is 23, 24 or 25 hours, so stepping over local days goes through local-day.ts and
 * local-date.ts, never through MS_PER_DAY. MS_PER_DAY is right for epoch days (local-date.ts) and
 * for "local ms" (zone.ts), where the wall clock is encoded as if it were UTC and has no DST.
 */
export const MS_PER_SECOND = 1_000;
export const SECONDS_PER_MINUTE = 60;
export const MINUTES_PER_HOUR = 60;
export const HOURS_PER_DAY = 24;
export const DAYS_PER_WEEK = 7;

export const MS_PER_MINUTE = SECONDS_PER_MINUTE * MS_PER_SECOND;
export const MS_PER_HOUR = MINUTES_PER_HOUR * MS_PER_MINUTE;
export const MS_PER_DAY = HOURS_PER_DAY * MS_PER_HOUR;
export const MS_PER_WEEK = DAYS_PER_WEEK * MS_PER_DAY;
export const SECONDS_PER_HOUR = MINUTES_PER_HOUR * SECONDS_PER_MINUTE;
export const SECONDS_PER_DAY = HOURS_PER_DAY * SECONDS_PER_HOUR;
export const MINUTES_PER_DAY = HOURS_PER_DAY * MINUTES_PER_HOUR;
export const MINUTES_PER_WEEK = DAYS_PER_WEEK * MINUTES_PER_DAY;
