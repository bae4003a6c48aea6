import { forecastQueue as forecastQueueOnThisThread } from "../../domain/forecast/forecast-queue";
import type { QueueForecast, QueueForecastRequest } from "../../domain/forecast/forecast-request";
import { computeRequirements, type IntervalRequirement, type RequirementsQueue, type SeriesInterval } from "../../domain/staffing/requirements";
import { staffingBatchFromText as staffingBatchFromTextOnThisThread, type StaffingBatchOutcome } from "../../services/staffing-batch";

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

export function requirements(input: { queue: RequirementsQueue; series: SeriesInterval[]; intervalSeconds: number }): IntervalRequirement[] {
  return computeRequirements(input.queue, input.series, input.intervalSeconds);
}
