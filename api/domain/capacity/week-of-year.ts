import { dayOfYearOfEpochDay } from "../time/local-date";

/**
 * Attrition curves have one hazard per week of the year, 52 buckets: bucket k (1-based) holds days
 * 7k−6 … 7k of the year and bucket 52 also days 365–366. A week belongs to the bucket of its middle
 * day, so the mapping does not depend on which weekday weeks start on, and a history week and a
 * plan week that cover the same days land in the same bucket in every year.
 */
export const WEEKS_PER_CURVE = 52;

/** 0-based bucket (0 … 51) of the 7-day week starting on `weekStartEpochDay`. */
export function weekOfYearIndex(weekStartEpochDay: number): number {
  const middleDayOfYear = dayOfYearOfEpochDay(weekStartEpochDay + 3);
  return Math.min(WEEKS_PER_CURVE - 1, Math.floor((middleDayOfYear - 1) / 7));
}
