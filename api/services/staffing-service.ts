import { calculateStaffingCase, type StaffingCase, type StaffingResult } from "../domain/staffing/staffing-case";
import { computeRequirements, type IntervalRequirement, type RequirementsQueue, type SeriesInterval } from "../domain/staffing/requirements";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { RequirementsResponseDto, StaffingResultDto, requirementsRequest } from "../http/contracts/staffing";
import { runPoolTask, workerPoolThreads } from "../jobs/worker-pool";
import type { z } from "zod";

/** Batches above this many cases are computed on the worker pool, off the event loop. */
export const WORKER_THRESHOLD_CASES = 1_000;

/** JSON form of a result: an infinite ASA (unstable queue) becomes null; numbers keep full precision. */
function presentResult(result: StaffingResult): StaffingResultDto {
  return { ...result, asaSeconds: Number.isFinite(result.asaSeconds) ? result.asaSeconds : null };
}

/** Staffing for each case, in input order, on the calling thread. */
export function calculateStaffingBatch(cases: StaffingCase[]): StaffingResultDto[] {
  return cases.map((input) => presentResult(calculateStaffingCase(input)));
}

/** `cases` cut into `count` consecutive slices of nearly equal length. */
function slicesOf<T>(cases: T[], count: number): T[][] {
  const length = Math.ceil(cases.length / count);
  return Array.from({ length: count }, (_, index) => cases.slice(index * length, (index + 1) * length));
}

/**
 * The JSON text of `{"results":[…]}` for the HTTP API. A batch above `thresholdCases` is computed and
 * serialised on the warm worker pool (api/jobs/worker-pool.ts), in one slice per pool thread, so that
 * the server keeps answering while 100,000 cases are computed. Only text comes back: copying 8,760
 * result objects back and serialising them here had held the event loop about half as long as
 * computing them took.
 */
export async function calculateStaffingBatchJson(cases: StaffingCase[], thresholdCases = WORKER_THRESHOLD_CASES): Promise<string> {
  if (cases.length <= thresholdCases) return JSON.stringify({ results: calculateStaffingBatch(cases) });
  const slices = await Promise.all(slicesOf(cases, workerPoolThreads()).map((slice) => runPoolTask("staffingBatchJson", slice)));
  return `{"results":[${slices.filter((slice) => slice.length > 0).join(",")}]}`;
}

type RequirementsRequest = z.output<typeof requirementsRequest>;

/** computeRequirements, on the worker pool for a series above `thresholdIntervals` (as for staffing batches). */
export async function computeRequirementsOffThread(queue: RequirementsQueue, series: SeriesInterval[], intervalSeconds: number, thresholdIntervals = WORKER_THRESHOLD_CASES): Promise<IntervalRequirement[]> {
  if (series.length <= thresholdIntervals) return computeRequirements(queue, series, intervalSeconds);
  return runPoolTask("requirements", { queue, series, intervalSeconds });
}

const seriesOf = (request: RequirementsRequest): SeriesInterval[] =>
  request.intervals.map((interval) => ({ startUtcMs: Date.parse(interval.intervalStart), volume: interval.volume, ahtSeconds: interval.ahtSeconds }));

const presentRequirements = (requirements: IntervalRequirement[]): RequirementsResponseDto => ({
  intervals: requirements.map(({ startUtcMs, ...rest }) => ({ intervalStart: new Date(startUtcMs).toISOString(), ...rest })),
});

/** The per-interval requirement of a validated requirements request, on the calling thread (the CLI). */
export function computeRequirementsSeries(request: RequirementsRequest): RequirementsResponseDto {
  return presentRequirements(computeRequirements(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds));
}

/** The same for the HTTP API: a long series is computed on the worker pool. */
export async function computeRequirementsSeriesOffThread(request: RequirementsRequest): Promise<RequirementsResponseDto> {
  return presentRequirements(await computeRequirementsOffThread(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds));
}
