import { forecastQueue as forecastQueueOnThisThread } from "../domain/forecast/forecast-queue";
import type { QueueForecast, QueueForecastRequest } from "../domain/forecast/forecast-request";
import { computeRequirements, type IntervalRequirement, type RequirementsQueue, type SeriesInterval } from "../domain/staffing/requirements";
import type { StaffingCase } from "../domain/staffing/staffing-case";
import { calculateStaffingBatch } from "../services/staffing-service";

/**
 * The worker pool's entry (worker-pool.ts): one named export per task, each taking one
 * structured-cloneable argument and returning a structured-cloneable result. A RangeError or
 * TypeError reaches the caller as itself (structured clone keeps the standard error classes);
 * any other error arrives as a plain Error with its message.
 */

/** The JSON text of the batch's results without the enclosing brackets ("" for no case), to join with other slices' text. */
export function staffingBatchJson(cases: StaffingCase[]): string {
  return JSON.stringify(calculateStaffingBatch(cases)).slice(1, -1);
}

export function forecastQueue(request: QueueForecastRequest): QueueForecast {
  return forecastQueueOnThisThread(request);
}

export function requirements(input: { queue: RequirementsQueue; series: SeriesInterval[]; intervalSeconds: number }): IntervalRequirement[] {
  return computeRequirements(input.queue, input.series, input.intervalSeconds);
}
