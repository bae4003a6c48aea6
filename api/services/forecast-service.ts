import type { ForecastHorizon } from "../domain/forecast/choose-forecast";
import type { QueueForecast } from "../domain/forecast/forecast-request";
import type { SpecialDay } from "../domain/forecast/special-day";
import type { Queue } from "../domain/organisation/queue";
import { addDays } from "../domain/time/local-date";
import { localDateOf, localDayInterval, localMidnightUtcMs } from "../domain/time/local-day";
import type { ForecastDetail, ForecastOverride, ForecastSummary } from "../contracts/forecasts";
import { notFound, validationFailed } from "../errors/app-errors";
import { runPoolTask } from "../infrastructure/workers/worker-pool";
import type { Persistence } from "../persistence/repositories";
import type { StoredSpecialDay } from "../persistence/repositories/special-day-repository";
import type { Actor } from "./actor";
import { accuracyOf } from "../presenters/forecast-accuracy";
import {
  presentForecastSummary as presentSummary,
  presentInterval,
  presentTotal,
  type AppliedSpecialDay,
} from "../presenters/forecast-presenter";
import type { QueueService } from "./queue-service";

export interface CreateForecastRequest {
  horizonDays: number;
  method: string;
  startDate?: string;
}

export interface ForecastRangeQuery {
  from?: string;
  to?: string;
  granularity: "interval" | "day";
}

const DEFAULT_RANGE_DAYS = 14;

const createdByOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : "system");
const localMidnight = (date: string, timeZone: string) => new Date(localMidnightUtcMs(date, timeZone));

/** One special day per date: a queue's own entry wins over the organisation's. */
export function effectiveSpecialDays(days: readonly StoredSpecialDay[]): StoredSpecialDay[] {
  const byDate = new Map<string, StoredSpecialDay>();
  for (const day of days) {
    const current = byDate.get(day.localDate);
    if (!current || (current.queueId === null && day.queueId !== null)) byDate.set(day.localDate, day);
  }
  return [...byDate.values()].sort((a, b) => a.localDate.localeCompare(b.localDate));
}

export const toDomainSpecialDay = (day: StoredSpecialDay): SpecialDay =>
  day.kind === "closed"
    ? { localDate: day.localDate, name: day.label, kind: "closed" }
    : { localDate: day.localDate, name: day.label, kind: "factor", factor: day.factor ?? 1 };

/** On the worker pool: backtesting every method over months of history would hold the event loop far too long. */
async function runForecast(
  queue: Queue,
  history: Awaited<ReturnType<Persistence["repositories"]["history"]["intervalsBefore"]>>,
  request: CreateForecastRequest,
  specialDays: SpecialDay[],
): Promise<QueueForecast> {
  try {
    return await runPoolTask("forecastQueue", {
      history: history.map((row) => ({
        intervalStartUtcMs: row.intervalStart.getTime(),
        count: row.volume,
        ahtSeconds: row.ahtSeconds,
      })),
      zoneName: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      horizonDays: request.horizonDays,
      startUtcMs: request.startDate === undefined ? undefined : localMidnightUtcMs(request.startDate, queue.timeZone),
      method: request.method,
      specialDays,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const path = error.message.startsWith("unknown method")
      ? "body.method"
      : error.message.startsWith("horizon")
        ? "body.horizonDays"
        : "body.startDate";
    throw validationFailed([{ path, message: error.message }], "Cannot forecast this queue");
  }
}

/**
 * Forecasts from the stored history and special days, stores the result with its backtest
 * accuracy, reads it back in ranges, and applies planner overrides that keep the computed values.
 */
export function createForecastService(persistence: Persistence, queues: QueueService) {
  const { forecasts, history, specialDays } = persistence.repositories;

  async function load(actor: Actor, queueId: string, forecastId: string | "latest") {
    const queue = await queues.get(actor, queueId);
    const forecast =
      forecastId === "latest" ? await forecasts.findLatest(queue.id) : await forecasts.find(queue.id, forecastId);
    if (!forecast) throw notFound(forecastId === "latest" ? "A forecast of this queue" : "Forecast");
    return { queue, forecast };
  }

  return {
    async create(actor: Actor, queueId: string, request: CreateForecastRequest): Promise<ForecastSummary> {
      const queue = await queues.get(actor, queueId);
      // Without a start date all history trains (8.64e15 ms is the latest instant a Date holds).
      const before =
        request.startDate === undefined ? new Date(8.64e15) : localMidnight(request.startDate, queue.timeZone);
      const rows = await history.intervalsBefore(queue.id, before);
      if (rows.length === 0)
        throw validationFailed(
          [{ path: "params.queueId", message: "the queue has no history before the start: import history first" }],
          "Cannot forecast this queue",
        );
      const days = effectiveSpecialDays(await specialDays.list(actor.organisationId, { queueId: queue.id }));
      const forecast = await runForecast(queue, rows, request, days.map(toDomainSpecialDay));
      const startDate = localDateOf(forecast.intervals[0].intervalStartUtcMs, queue.timeZone);
      const endDate = addDays(startDate, request.horizonDays);
      const applied: AppliedSpecialDay[] = days
        .filter((day) => day.localDate >= startDate && day.localDate < endDate)
        .map((day) => ({
          localDate: day.localDate,
          kind: day.kind,
          factor: day.factor,
          label: day.label,
          scope: day.queueId === null ? "organisation" : "queue",
        }));
      const stored = await persistence.inTransaction((repositories) =>
        repositories.forecasts.create(
          {
            queueId: queue.id,
            createdBy: createdByOf(actor),
            horizonDays: request.horizonDays,
            startsAt: localMidnight(startDate, queue.timeZone),
            endsAt: localMidnight(endDate, queue.timeZone),
            requestedMethod: request.method,
            methodByBand: {
              dayAhead: forecast.methodByBand["day-ahead"],
              weekAhead: forecast.methodByBand["week-ahead"],
              longRange: forecast.methodByBand["long-range"],
            },
            accuracy: accuracyOf(forecast),
            specialDays: applied,
            options: {
              historyFrom: rows[0].intervalStart.toISOString(),
              historyTo: rows[rows.length - 1].intervalStart.toISOString(),
              historyIntervalCount: rows.length,
            },
            warnings: forecast.warnings,
          },
          forecast.intervals.map((interval) => ({ ...interval, intervalStart: new Date(interval.intervalStartUtcMs) })),
        ),
      );
      return presentSummary(stored, queue);
    },

    async list(actor: Actor, queueId: string): Promise<ForecastSummary[]> {
      const queue = await queues.get(actor, queueId);
      return (await forecasts.list(queue.id)).map((forecast) => presentSummary(forecast, queue));
    },

    /** The horizons of the queue's stored forecasts, newest first, in UTC milliseconds. */
    async horizons(actor: Actor, queueId: string): Promise<ForecastHorizon[]> {
      const queue = await queues.get(actor, queueId);
      return (await forecasts.list(queue.id)).map((forecast) => ({
        id: forecast.id,
        startMs: forecast.startsAt.getTime(),
        endMs: forecast.endsAt.getTime(),
      }));
    },

    async read(
      actor: Actor,
      queueId: string,
      forecastId: string | "latest",
      query: ForecastRangeQuery,
    ): Promise<ForecastDetail> {
      const { queue, forecast } = await load(actor, queueId, forecastId);
      const summary = presentSummary(forecast, queue);
      const fromDate = query.from ?? summary.startDate;
      const toDate = query.to ?? [addDays(fromDate, DEFAULT_RANGE_DAYS), summary.endDate].sort()[0];
      if (fromDate >= toDate) throw validationFailed([{ path: "query.to", message: "must be after from" }]);
      const [from, to] = [localMidnight(fromDate, queue.timeZone), localMidnight(toDate, queue.timeZone)];
      const intervals = query.granularity === "interval" ? await forecasts.intervals(forecast.id, from, to) : [];
      const totals = (rows: Awaited<ReturnType<typeof forecasts.totals>>) => rows.map(presentTotal);
      return {
        ...summary,
        range: { fromDate, toDate },
        intervals: intervals.map(presentInterval),
        dailyTotals: totals(await forecasts.totals(forecast.id, queue.timeZone, "day", from, to)),
        weeklyTotals: totals(
          await forecasts.totals(forecast.id, queue.timeZone, "week", forecast.startsAt, forecast.endsAt),
        ),
      };
    },

    async override(actor: Actor, queueId: string, forecastId: string, change: ForecastOverride) {
      const { queue, forecast } = await load(actor, queueId, forecastId);
      const note = change.note ?? null;
      if (change.kind === "scale-day") {
        const day = localDayInterval(change.localDate, queue.timeZone);
        if (day.startUtcMs < forecast.startsAt.getTime() || day.startUtcMs >= forecast.endsAt.getTime()) {
          throw validationFailed([{ path: "body.localDate", message: "is outside the forecast's horizon" }]);
        }
        const updated = await forecasts.scaleRange(
          forecast.id,
          new Date(day.startUtcMs),
          new Date(day.endUtcMs),
          change.factor,
          note,
        );
        return { updatedIntervals: updated.map(presentInterval) };
      }
      const updated = await forecasts.setInterval(forecast.id, new Date(change.intervalStart), change.expected, note);
      if (!updated)
        throw validationFailed([
          { path: "body.intervalStart", message: "is not the start of one of the forecast's intervals" },
        ]);
      return { updatedIntervals: [presentInterval(updated)] };
    },

    /** The stored forecast's intervals on local days [fromDate, toDate) with its queue, for the requirements endpoint. */
    async intervalsOf(actor: Actor, queueId: string, forecastId: string | "latest", fromDate: string, toDate: string) {
      const { queue, forecast } = await load(actor, queueId, forecastId);
      const [from, to] = [localMidnight(fromDate, queue.timeZone), localMidnight(toDate, queue.timeZone)];
      return {
        queue,
        forecast: presentSummary(forecast, queue),
        intervals: await forecasts.intervals(forecast.id, from, to),
      };
    },
  };
}

export type ForecastService = ReturnType<typeof createForecastService>;
