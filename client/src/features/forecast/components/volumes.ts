import type { ForecastIntervalDto } from "../../../../../api/contracts/forecasts";

/** A fraction as people read it ("12.3 %"), or "–" when there is none. */
export const percent = (fraction: number | null | undefined, digits = 1) =>
  fraction === null || fraction === undefined ? "–" : `${(fraction * 100).toFixed(digits)} %`;

/** Contacts as people read them: whole numbers from 100 up ("1,481"), one decimal below ("18.2"). */
export const formatVolume = (value: number) =>
  value >= 100 ? Math.round(value).toLocaleString("en") : value.toFixed(1);

/**
 * Whether a planner changed a period: its value differs from the computed one by more than the
 * float noise of summing the same intervals twice (a day total is a sum of float8 in PostgreSQL).
 */
export const isChanged = (expected: number, original: number) =>
  Math.abs(expected - original) > 1e-9 * Math.max(1, Math.abs(original));

/**
 * An interval's computed value where the planner's now differs from it, else null: a scaled day keeps
 * an original for each of its intervals, but its closed night went from 0 to 0 and says nothing.
 */
export const changedOriginalOf = (interval: ForecastIntervalDto): number | null =>
  interval.original !== null && isChanged(interval.expected, interval.original.expected)
    ? interval.original.expected
    : null;

/** The change against the computed value: "+20.0 %", "−100.0 %"; "from 0" when there was nothing to scale. */
export function formatChange(expected: number, original: number): string {
  if (original === 0) return expected === 0 ? "–" : "from 0";
  const changePercent = (expected / original - 1) * 100;
  return `${changePercent >= 0 ? "+" : "−"}${Math.abs(changePercent).toFixed(1)} %`;
}
