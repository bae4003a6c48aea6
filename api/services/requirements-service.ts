import type { RequirementsQueue } from "../domain/staffing/requirements";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { Queue } from "../domain/organisation/queue";
import type { ForecastSummary } from "../contracts/forecasts";
import { validationFailed } from "../http/errors";
import type { Actor } from "./actor";
import type { ForecastService } from "./forecast-service";
import { roundFraction, roundNullable, roundQuantity } from "../presenters/output-rounding";
import { computeRequirementsOffThread } from "./staffing-service";

export interface RequirementsQuery {
  from: string;
  to: string;
  forecastId?: string;
  quantile: "expected" | "p50" | "p80" | "p90";
  model?: "erlang-c" | "erlang-a";
}

/** A span of UTC instants, half-open. */
export interface InstantSpan {
  startMs: number;
  endMs: number;
}

/**
 * The stored forecast to staff a period from: the newest whose horizon covers all of it; when none
 * does, the newest that covers part of it, with the spans it leaves without a forecast. Null when
 * no forecast of the queue reaches into the period.
 */
export function chooseForecastFor(forecasts: Pick<ForecastSummary, "id" | "startsAt" | "endsAt">[], period: InstantSpan): { forecastId: string; uncovered: InstantSpan[] } | null {
  const spanOf = (forecast: Pick<ForecastSummary, "startsAt" | "endsAt">) => ({ startMs: Date.parse(forecast.startsAt), endMs: Date.parse(forecast.endsAt) });
  const covering = forecasts.find((forecast) => spanOf(forecast).startMs <= period.startMs && spanOf(forecast).endMs >= period.endMs);
  if (covering) return { forecastId: covering.id, uncovered: [] };
  const overlapping = forecasts.find((forecast) => spanOf(forecast).startMs < period.endMs && spanOf(forecast).endMs > period.startMs);
  if (!overlapping) return null;
  const span = spanOf(overlapping);
  const uncovered = [
    { startMs: period.startMs, endMs: Math.min(span.startMs, period.endMs) },
    { startMs: Math.max(span.endMs, period.startMs), endMs: period.endMs },
  ].filter((gap) => gap.endMs > gap.startMs);
  return { forecastId: overlapping.id, uncovered };
}

/** Erlang A models abandonment, so it is the default where the queue knows its callers' patience. */
const defaultModel = (queue: Queue) => (queue.patienceSeconds !== null ? "erlang-a" : "erlang-c");

const settingsOf = (queue: Queue, model: "erlang-c" | "erlang-a"): RequirementsQueue => requirementsQueueOf({ ...queue, model });

/**
 * `GET /api/queues/:id/requirements`: the stored forecast's intervals in a local-date range through
 * the staffing engine under the queue's own service settings. Email plans deferred work within the
 * range only: backlog from before `from` is not carried in.
 */
export function createRequirementsService(forecasts: ForecastService) {
  /** At full precision, for a solve to staff from. */
  async function staff(actor: Actor, queueId: string, query: RequirementsQuery) {
    const { queue, forecast, intervals } = await forecasts.intervalsOf(actor, queueId, query.forecastId ?? "latest", query.from, query.to);
    if (intervals.length === 0) {
      throw validationFailed([{ path: "query.from", message: `the forecast covers ${forecast.startDate} to ${forecast.endDate} (exclusive); choose dates inside it` }]);
    }
    const model = query.model ?? defaultModel(queue);
    const series = intervals.map((interval) => ({
      startUtcMs: interval.intervalStart.getTime(),
      volume: interval[query.quantile],
      ahtSeconds: interval.ahtSeconds ?? queue.ahtSeconds,
    }));
    const requirements = await computeRequirementsOffThread(settingsOf(queue, model), series, queue.intervalMinutes * 60);
    const hoursPerInterval = queue.intervalMinutes / 60;
    return {
      queueId: queue.id,
      forecastId: forecast.id,
      channel: queue.channel,
      model: queue.channel === "email" ? ("email-workload" as const) : model,
      timeZone: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      quantile: query.quantile,
      intervals: requirements.map(({ startUtcMs, ...rest }, index) => ({
        intervalStart: new Date(startUtcMs).toISOString(),
        volume: series[index].volume,
        ahtSeconds: series[index].ahtSeconds,
        ...rest,
      })),
      peakAgents: Math.max(...requirements.map((requirement) => requirement.agents)),
      scheduledAgentHours: requirements.reduce((total, requirement) => total + requirement.scheduledAgents * hoursPerInterval, 0),
    };
  }

  return {
    /** The forecast a solve of the period staffs from (chooseForecastFor over the queue's stored forecasts, newest first). */
    async forecastFor(actor: Actor, queueId: string, period: InstantSpan) {
      return chooseForecastFor(await forecasts.list(actor, queueId), period);
    },
    staffForSolve: staff,
    /** As answered: volumes, handle times, Erlangs, FTE and agent-hours to 2 decimals, service levels to 4. */
    async forQueue(actor: Actor, queueId: string, query: RequirementsQuery) {
      const result = await staff(actor, queueId, query);
      return {
        ...result,
        intervals: result.intervals.map((interval) => ({
          ...interval,
          volume: roundQuantity(interval.volume),
          ahtSeconds: roundQuantity(interval.ahtSeconds),
          trafficErlangs: roundQuantity(interval.trafficErlangs),
          fractionalFte: roundQuantity(interval.fractionalFte),
          serviceLevel: roundNullable(interval.serviceLevel, roundFraction),
        })),
        scheduledAgentHours: roundQuantity(result.scheduledAgentHours),
      };
    },
  };
}

export type RequirementsService = ReturnType<typeof createRequirementsService>;
