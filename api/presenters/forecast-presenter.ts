import type { Queue } from "../domain/organisation/queue";
import { localDateOf } from "../domain/time/local-day";
import type { ForecastSummary } from "../contracts/forecasts";
import type {
  ForecastTotalRow,
  StoredForecast,
  StoredForecastInterval,
} from "../persistence/repositories/forecast-repository";
import { roundNullable, roundQuantity } from "./output-rounding";

export type AppliedSpecialDay = ForecastSummary["specialDays"][number];

/** JSON form of stored forecasts: ISO instants, and the local dates of the horizon in the queue's zone. */
const roundQuantiles = <T extends { expected: number; p50: number; p80: number; p90: number }>(values: T): T => ({
  ...values,
  expected: roundQuantity(values.expected),
  p50: roundQuantity(values.p50),
  p80: roundQuantity(values.p80),
  p90: roundQuantity(values.p90),
});

/** Volumes and handle time to 2 decimals: a scaled day stores 7 × 1.4 = 9.799999999999999 contacts. */
export function presentInterval(interval: StoredForecastInterval) {
  return {
    ...roundQuantiles(interval),
    intervalStart: interval.intervalStart.toISOString(),
    ahtSeconds: roundNullable(interval.ahtSeconds, roundQuantity),
    original: interval.original && roundQuantiles(interval.original),
  };
}

/** A daily or weekly total (a sum of doubles in SQL) to 2 decimals. */
export function presentTotal(row: ForecastTotalRow) {
  return {
    ...row,
    periodStart: row.periodStart.toISOString(),
    expected: roundQuantity(row.expected),
    p80: roundQuantity(row.p80),
    originalExpected: roundQuantity(row.originalExpected),
  };
}

export function presentForecastSummary(forecast: StoredForecast, queue: Queue): ForecastSummary {
  return {
    id: forecast.id,
    queueId: forecast.queueId,
    timeZone: queue.timeZone,
    intervalMinutes: queue.intervalMinutes,
    createdAt: forecast.createdAt.toISOString(),
    createdBy: forecast.createdBy,
    horizonDays: forecast.horizonDays,
    startsAt: forecast.startsAt.toISOString(),
    endsAt: forecast.endsAt.toISOString(),
    startDate: localDateOf(forecast.startsAt.getTime(), queue.timeZone),
    endDate: localDateOf(forecast.endsAt.getTime(), queue.timeZone),
    requestedMethod: forecast.requestedMethod,
    methodByBand: forecast.methodByBand as ForecastSummary["methodByBand"],
    accuracy: forecast.accuracy as ForecastSummary["accuracy"],
    specialDays: forecast.specialDays as AppliedSpecialDay[],
    options: forecast.options as ForecastSummary["options"],
    warnings: forecast.warnings,
  };
}
