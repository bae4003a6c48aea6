import { DateTime } from "luxon";
import type { Queue } from "../domain/organisation/queue";
import type { ForecastSummary } from "../http/contracts/forecasts";
import type { StoredForecast, StoredForecastInterval } from "../persistence/repositories/forecast-repository";

export type AppliedSpecialDay = ForecastSummary["specialDays"][number];

const localDateOf = (instant: Date, timeZone: string) => DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;

/** JSON form of stored forecasts: ISO instants, and the local dates of the horizon in the queue's zone. */
export function presentInterval(interval: StoredForecastInterval) {
  return { ...interval, intervalStart: interval.intervalStart.toISOString() };
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
    startDate: localDateOf(forecast.startsAt, queue.timeZone),
    endDate: localDateOf(forecast.endsAt, queue.timeZone),
    requestedMethod: forecast.requestedMethod,
    methodByBand: forecast.methodByBand as ForecastSummary["methodByBand"],
    accuracy: forecast.accuracy as ForecastSummary["accuracy"],
    specialDays: forecast.specialDays as AppliedSpecialDay[],
    options: forecast.options as ForecastSummary["options"],
    warnings: forecast.warnings,
  };
}

