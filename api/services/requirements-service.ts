import { chooseForecastFor, type InstantSpan } from "../domain/forecast/choose-forecast";
import type { RequirementsQueue } from "../domain/staffing/requirements";
import type { StaffedInterval } from "../domain/staffing/staffed-interval";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { Queue } from "../domain/organisation/queue";
import { validationFailed } from "../errors/app-errors";
import type { Actor } from "./actor";
import type { ForecastService } from "./forecast-service";
import { presentQueueRequirements } from "../presenters/requirements-presenter";
import { computeRequirementsOffThread } from "./staffing-service";

export interface RequirementsQuery {
  from: string;
  to: string;
  forecastId?: string;
  quantile: "expected" | "p50" | "p80" | "p90";
  model?: "erlang-c" | "erlang-a";
}

/** Erlang A models abandonment, so it is the default where the queue knows its callers' patience. */
const defaultModel = (queue: Queue) => (queue.patienceSeconds !== null ? "erlang-a" : "erlang-c");

const settingsOf = (queue: Queue, model: "erlang-c" | "erlang-a"): RequirementsQueue =>
  requirementsQueueOf({ ...queue, model });

/**
 * `GET /api/queues/:id/requirements`: the stored forecast's intervals in a local-date range through
 * the staffing engine under the queue's own service settings. Email plans deferred work within the
 * range only: backlog from before `from` is not carried in.
 */
export function createRequirementsService(forecasts: ForecastService) {
  type ForecastIntervals = Awaited<ReturnType<ForecastService["intervalsOf"]>>;

  /** At full precision and in domain form (UTC milliseconds), for a solve to staff from; a range the forecast has no interval in throws validation_failed. */
  async function staff(actor: Actor, queueId: string, query: RequirementsQuery) {
    const stored = await forecasts.intervalsOf(actor, queueId, query.forecastId ?? "latest", query.from, query.to);
    if (stored.intervals.length === 0) {
      throw validationFailed([
        {
          path: "query.from",
          message: `the forecast covers ${stored.forecast.startDate} to ${stored.forecast.endDate} (exclusive); choose dates inside it`,
        },
      ]);
    }
    return staffed(stored, query);
  }

  /** The same, or null when the forecast has no interval in the range. */
  async function staffIfCovered(actor: Actor, queueId: string, query: RequirementsQuery) {
    const stored = await forecasts.intervalsOf(actor, queueId, query.forecastId ?? "latest", query.from, query.to);
    return stored.intervals.length === 0 ? null : staffed(stored, query);
  }

  async function staffed({ queue, forecast, intervals }: ForecastIntervals, query: RequirementsQuery) {
    const model = query.model ?? defaultModel(queue);
    const series = intervals.map((interval) => ({
      startUtcMs: interval.intervalStart.getTime(),
      volume: interval[query.quantile],
      ahtSeconds: interval.ahtSeconds ?? queue.ahtSeconds,
    }));
    const requirements = await computeRequirementsOffThread(
      settingsOf(queue, model),
      series,
      queue.intervalMinutes * 60,
    );
    const hoursPerInterval = queue.intervalMinutes / 60;
    return {
      queueId: queue.id,
      forecastId: forecast.id,
      channel: queue.channel,
      model: queue.channel === "email" ? ("email-workload" as const) : model,
      timeZone: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      quantile: query.quantile,
      intervals: requirements.map((requirement, index): StaffedInterval => ({
        ...requirement,
        volume: series[index].volume,
        ahtSeconds: series[index].ahtSeconds,
      })),
      peakAgents: Math.max(...requirements.map((requirement) => requirement.agents)),
      scheduledAgentHours: requirements.reduce(
        (total, requirement) => total + requirement.scheduledAgents * hoursPerInterval,
        0,
      ),
    };
  }

  return {
    /** The forecast a solve of the period staffs from (chooseForecastFor over the queue's stored forecasts, newest first). */
    async forecastFor(actor: Actor, queueId: string, period: InstantSpan) {
      return chooseForecastFor(await forecasts.horizons(actor, queueId), period);
    },
    staffForSolve: staff,
    staffForSolveIfCovered: staffIfCovered,
    /** As answered: volumes, handle times, Erlangs, FTE and agent-hours to 2 decimals, service levels to 4. */
    forQueue: async (actor: Actor, queueId: string, query: RequirementsQuery) =>
      presentQueueRequirements(await staff(actor, queueId, query)),
  };
}

export type RequirementsService = ReturnType<typeof createRequirementsService>;
