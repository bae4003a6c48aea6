import { forecastQueue as forecastQueueOnThisThread } from "../../domain/forecast/forecast-queue";
import type { QueueForecast, QueueForecastRequest } from "../../domain/forecast/forecast-request";
import { simulateRoster } from "../../domain/simulation/simulate-roster";
import type { SimulationInput } from "../../domain/simulation/simulation-input";
import {
  computeRequirements,
  type IntervalRequirement,
  type RequirementsQueue,
  type SeriesInterval,
} from "../../domain/staffing/requirements";
import {
  staffingBatchFromText as staffingBatchFromTextOnThisThread,
  type StaffingBatchOutcome,
} from "../../services/staffing-batch";

/**
 * The worker pool's entry (worker-pool.ts): one named export per task, each taking one
 * structured-cloneable argument and returning a structured-cloneable result. A RangeError or
 * TypeError reaches the caller as itself (structured clone keeps the standard error classes);
 * any other error arrives as a plain Error with its message.
 */

/** A `POST /api/staffing/calculate` body text, parsed, validated and computed here: only strings cross threads. */
export function staffingBatchFromText(bodyText: string): StaffingBatchOutcome {
  return staffingBatchFromTextOnThisThread(bodyText);
}

export function forecastQueue(request: QueueForecastRequest): QueueForecast {
  return forecastQueueOnThisThread(request);
}

export function requirements(input: {
  queue: RequirementsQueue;
  series: SeriesInterval[];
  intervalSeconds: number;
}): IntervalRequirement[] {
  return computeRequirements(input.queue, input.series, input.intervalSeconds);
}

/** Replications of one roster simulation, one tally per seed in the seeds' order (api/domain/simulation). */
export function simulateReplications(input: { simulation: SimulationInput; seeds: number[] }): Float64Array[] {
  return input.seeds.map((seed) => simulateRoster(input.simulation, seed));
}
