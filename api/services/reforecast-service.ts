import type { IntervalObservation } from "../domain/forecast/interval-observation";
import { wallClockSlotOf } from "../domain/time/bucket";
import { localDateOf, localDayInterval } from "../domain/time/local-day";
import { validationFailed } from "../errors/app-errors";
import { runPoolTask } from "../infrastructure/workers/worker-pool";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import { effectiveSpecialDays, toDomainSpecialDay } from "./forecast-service";
import { roundFraction, roundQuantity } from "../presenters/output-rounding";
import type { QueueService } from "./queue-service";
import { MS_PER_MINUTE } from "../domain/time/durations";

/**
 * `POST /api/queues/:id/reforecast`: today's intervals that ended by `asOf` (the imported actuals'
 * offered counts where there are any, else imported history) re-level the rest of today's day-ahead
 * forecast (api/domain/forecast/intraday-reforecast.ts). Nothing is stored.
 */
export function createReforecastService(persistence: Persistence, queues: QueueService) {
  const { history, actuals, specialDays } = persistence.repositories;
  return {
    async reforecast(actor: Actor, queueId: string, asOf: string) {
      const queue = await queues.get(actor, queueId);
      const asOfUtcMs = Date.parse(asOf);
      const today = localDayInterval(localDateOf(asOfUtcMs, queue.timeZone), queue.timeZone);
      const before = await history.intervalsBefore(queue.id, new Date(today.startUtcMs));
      if (before.length === 0)
        throw validationFailed(
          [{ path: "params.queueId", message: "the queue has no history before today: import history first" }],
          "Cannot re-forecast this queue",
        );
      const observedActuals = await actuals.intervalsBetween(queue.id, new Date(today.startUtcMs), new Date(asOfUtcMs));
      const observedHistory =
        observedActuals.length > 0
          ? []
          : await history.intervalsBetween(queue.id, new Date(today.startUtcMs), new Date(asOfUtcMs));
      const observed: IntervalObservation[] =
        observedActuals.length > 0
          ? observedActuals.map((row) => ({
              intervalStartUtcMs: Date.parse(row.intervalStart),
              count: row.offeredCount,
              ahtSeconds: row.ahtSeconds,
            }))
          : observedHistory.map((row) => ({
              intervalStartUtcMs: row.intervalStart.getTime(),
              count: row.volume,
              ahtSeconds: row.ahtSeconds,
            }));
      const days = effectiveSpecialDays(await specialDays.list(actor.organisationId, { queueId: queue.id }));
      const forecast = await runPoolTask("forecastQueue", {
        history: [
          ...before.map((row) => ({
            intervalStartUtcMs: row.intervalStart.getTime(),
            count: row.volume,
            ahtSeconds: row.ahtSeconds,
          })),
          ...observed,
        ],
        zoneName: queue.timeZone,
        intervalMinutes: queue.intervalMinutes,
        horizonDays: 1,
        startUtcMs: asOfUtcMs,
        method: "auto",
        specialDays: days.map(toDomainSpecialDay),
      });
      const intraday = forecast.intraday ?? null;
      const intervals = forecast.intervals
        .filter((interval) => interval.intervalStartUtcMs < today.endUtcMs)
        .map((interval) => {
          const slot = wallClockSlotOf(interval.intervalStartUtcMs, queue.timeZone, queue.intervalMinutes);
          const dayAhead = intraday ? intraday.dayAhead[slot]! : interval.expected;
          return {
            intervalStart: new Date(interval.intervalStartUtcMs).toISOString(),
            dayAheadExpected: roundQuantity(dayAhead),
            reforecastExpected: roundQuantity(interval.expected),
            p80: interval.p80,
            p90: interval.p90,
          };
        });
      return {
        queueId: queue.id,
        timeZone: queue.timeZone,
        asOf: new Date(asOfUtcMs).toISOString(),
        observedSource:
          observed.length === 0
            ? ("none" as const)
            : observedActuals.length > 0
              ? ("actuals" as const)
              : ("history" as const),
        observedIntervalCount: observed.filter(
          (row) => row.intervalStartUtcMs + queue.intervalMinutes * MS_PER_MINUTE <= asOfUtcMs,
        ).length,
        observedRatio: intraday?.observedRatio == null ? null : roundFraction(intraday.observedRatio),
        weight: intraday?.weight ?? 0,
        multiplier: roundFraction(intraday?.multiplier ?? 1),
        backtestDayCount: intraday?.backtestDayCount ?? 0,
        method: forecast.methodByBand["day-ahead"],
        intervals,
      };
    },
  };
}

export type ReforecastService = ReturnType<typeof createReforecastService>;
