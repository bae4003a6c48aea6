import type { IntervalObservation } from "../forecast/interval-observation";
import { toLocalMs } from "../time/zone";
import { MS_PER_HOUR } from "../time/durations";

/** A stored history row: its start in UTC milliseconds, the contacts and their handle time when known. */
export interface HistoryRowMs {
  periodStartMs: number;
  volume: number;
  ahtSeconds: number | null;
}

/**
 * Sums history rows into local clock hours of `zone` (volume-weighted AHT), in time order. A
 * long-range plan is staffed hour by hour: finer intervals change weekly hours by far less than the
 * plan's tolerance, and the stored history may be hourly even where the queue is scheduled in half hours.
 */
export function toHourlyObservations(rows: readonly HistoryRowMs[], zone: string): IntervalObservation[] {
  const byHour = new Map<number, { count: number; handled: number; ahtCount: number }>();
  for (const row of rows) {
    const instant = row.periodStartMs;
    const hourStart = instant - (((toLocalMs(instant, zone) % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR);
    const hour = byHour.get(hourStart) ?? { count: 0, handled: 0, ahtCount: 0 };
    hour.count += row.volume;
    if (row.ahtSeconds !== null)
      [hour.handled, hour.ahtCount] = [hour.handled + row.volume * row.ahtSeconds, hour.ahtCount + row.volume];
    byHour.set(hourStart, hour);
  }
  return [...byHour.entries()]
    .sort(([a], [b]) => a - b)
    .map(([intervalStartUtcMs, hour]) => ({
      intervalStartUtcMs,
      count: hour.count,
      ahtSeconds: hour.ahtCount > 0 ? hour.handled / hour.ahtCount : null,
    }));
}
