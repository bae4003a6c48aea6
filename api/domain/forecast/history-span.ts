import { localEpochDayOf } from "../time/local-day";

/** A queue is forecast from at least this many local days of history (first to last day, inclusive). */
export const MIN_HISTORY_DAYS = 7;

/** Local days from the first to the last observation in `zoneName`, inclusive; 0 for no history. */
export function historySpanDays(history: ReadonlyArray<{ intervalStartUtcMs: number }>, zoneName: string): number {
  if (history.length === 0) return 0;
  let first = Infinity;
  let last = -Infinity;
  for (const row of history) {
    const day = localEpochDayOf(row.intervalStartUtcMs, zoneName);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return last - first + 1;
}
