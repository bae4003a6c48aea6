import { bucketStartUtcMs, wallClockSlotOf } from "../time/bucket";
import type { IntervalMinutes } from "../time/interval-minutes";
import { localEpochDayOf } from "../time/local-day";
import { countQuantile } from "./forecast-quantiles";
import type { ForecastInterval } from "./forecast-request";
import { MS_PER_MINUTE } from "../time/durations";

export interface DayForecasts {
  /** Epoch day of `expected[0 … slotsPerDay − 1]`. */
  firstEpochDay: number;
  slotsPerDay: number;
  expected: Float64Array;
  /** c² per forecast day (see forecast-quantiles.ts). */
  dispersionByDay: Float64Array;
  ahtSeconds: Float64Array | null;
}

/**
 * Turns day × slot forecasts into the queue's real intervals in [startUtcMs, endUtcMs): a 23-hour
 * day yields 23 hours of intervals and a 25-hour day 25, both occurrences of a repeated fall-back
 * slot carrying that slot's per-interval forecast.
 */
export function emitForecastIntervals(
  days: DayForecasts,
  zoneName: string,
  intervalMinutes: IntervalMinutes,
  startUtcMs: number,
  endUtcMs: number,
): ForecastInterval[] {
  const intervals: ForecastInterval[] = [];
  const stepMs = intervalMinutes * MS_PER_MINUTE;
  for (let start = bucketStartUtcMs(startUtcMs, zoneName, intervalMinutes); start < endUtcMs; start += stepMs) {
    const ahead = localEpochDayOf(start, zoneName) - days.firstEpochDay;
    const index = ahead * days.slotsPerDay + wallClockSlotOf(start, zoneName, intervalMinutes);
    const expected = days.expected[index];
    const dispersion = days.dispersionByDay[ahead];
    const aht = days.ahtSeconds?.[index];
    intervals.push({
      intervalStartUtcMs: start,
      expected,
      p50: countQuantile(expected, dispersion, 0.5),
      p80: countQuantile(expected, dispersion, 0.8),
      p90: countQuantile(expected, dispersion, 0.9),
      ahtSeconds: aht !== undefined && Number.isFinite(aht) ? aht : null,
    });
  }
  return intervals;
}
