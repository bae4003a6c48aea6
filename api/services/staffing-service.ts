import {
  computeRequirements,
  type IntervalRequirement,
  type RequirementsQueue,
  type SeriesInterval,
} from "../domain/staffing/requirements";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { RequirementsResponseDto, requirementsRequest } from "../contracts/staffing";
import { runPoolTask } from "../infrastructure/workers/worker-pool";
import type { z } from "zod";
import { roundNullable, roundProbability, roundQuantity } from "../presenters/output-rounding";
import { staffingBatchFromText, type StaffingBatchOutcome } from "./staffing-batch";

/** Batches or series above this many cases are computed on the worker pool, off the event loop. */
export const WORKER_THRESHOLD_CASES = 1_000;
/** Staffing bodies longer than this (about 1,000 cases of ~130 characters) are handled on the worker pool. */
export const WORKER_THRESHOLD_BODY_CHARS = 130_000;

/**
 * staffingBatchFromText for the HTTP API. A body above `thresholdChars` (about 1,000 cases) is
 * parsed, validated, computed and serialised on the warm worker pool (api/infrastructure/workers/worker-pool.ts), so
 * the event loop copies one string there and one back: parsing and validating 8,760 cases on it had
 * held it ~45 ms, longer than computing them.
 */
export async function calculateStaffingBatchFromText(
  bodyText: string,
  thresholdChars = WORKER_THRESHOLD_BODY_CHARS,
): Promise<StaffingBatchOutcome> {
  if (bodyText.length <= thresholdChars) return staffingBatchFromText(bodyText);
  return runPoolTask("staffingBatchFromText", bodyText);
}

type RequirementsRequest = z.output<typeof requirementsRequest>;

/** computeRequirements, on the worker pool for a series above `thresholdIntervals` (as for staffing batches). */
export async function computeRequirementsOffThread(
  queue: RequirementsQueue,
  series: SeriesInterval[],
  intervalSeconds: number,
  thresholdIntervals = WORKER_THRESHOLD_CASES,
): Promise<IntervalRequirement[]> {
  if (series.length <= thresholdIntervals) return computeRequirements(queue, series, intervalSeconds);
  return runPoolTask("requirements", { queue, series, intervalSeconds });
}

const seriesOf = (request: RequirementsRequest): SeriesInterval[] =>
  request.intervals.map((interval) => ({
    startUtcMs: Date.parse(interval.intervalStart),
    volume: interval.volume,
    ahtSeconds: interval.ahtSeconds,
  }));

const presentRequirements = (requirements: IntervalRequirement[]): RequirementsResponseDto => ({
  intervals: requirements.map(({ startUtcMs, ...requirement }) => ({
    intervalStart: new Date(startUtcMs).toISOString(),
    ...requirement,
    trafficErlangs: roundQuantity(requirement.trafficErlangs),
    fractionalFte: roundQuantity(requirement.fractionalFte),
    serviceLevel: roundNullable(requirement.serviceLevel, roundProbability),
  })),
});

/** The per-interval requirement of a validated requirements request, on the calling thread (the CLI): Erlangs and FTE to 2 decimals, service levels to 6. */
export function computeRequirementsSeries(request: RequirementsRequest): RequirementsResponseDto {
  return presentRequirements(
    computeRequirements(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds),
  );
}

/** The same for the HTTP API: a long series is computed on the worker pool. */
export async function computeRequirementsSeriesOffThread(
  request: RequirementsRequest,
): Promise<RequirementsResponseDto> {
  return presentRequirements(
    await computeRequirementsOffThread(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds),
  );
}
