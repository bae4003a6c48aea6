import { calculateStaffingCase, type StaffingCase, type StaffingResult } from "../domain/staffing/staffing-case";
import { computeRequirements, type IntervalRequirement, type RequirementsQueue, type SeriesInterval } from "../domain/staffing/requirements";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { FieldProblem } from "../contracts/errors";
import { staffingBatchRequest, type RequirementsResponseDto, type StaffingResultDto, type requirementsRequest } from "../contracts/staffing";
import { fieldProblemsOf } from "../http/errors";
import { runPoolTask } from "../infrastructure/workers/worker-pool";
import type { z } from "zod";
import { roundNullable, roundProbability, roundQuantity } from "../presenters/output-rounding";

/** Batches or series above this many cases are computed on the worker pool, off the event loop. */
export const WORKER_THRESHOLD_CASES = 1_000;
/** Staffing bodies longer than this (about 1,000 cases of ~130 characters) are handled on the worker pool. */
export const WORKER_THRESHOLD_BODY_CHARS = 130_000;

/**
 * JSON form of a result, rounded at the edge (output-rounding.ts; the domain keeps full precision):
 * Erlangs, FTE and seconds to 2 decimals, probabilities and occupancy to 6, so 21 agents ÷ (1 − 0.3)
 * reads 30 FTE, not 30.000000000000004; an infinite ASA (unstable queue) becomes null.
 */
function presentResult(result: StaffingResult): StaffingResultDto {
  const { pAbandon, asaAnsweredSeconds, serviceLevelAnswered } = result;
  return {
    ...result,
    trafficErlangs: roundQuantity(result.trafficErlangs),
    fractionalFte: roundQuantity(result.fractionalFte),
    serviceLevel: roundProbability(result.serviceLevel),
    pWait: roundProbability(result.pWait),
    asaSeconds: Number.isFinite(result.asaSeconds) ? roundQuantity(result.asaSeconds) : null,
    occupancy: roundProbability(result.occupancy),
    ...(pAbandon !== undefined && { pAbandon: roundProbability(pAbandon) }),
    ...(asaAnsweredSeconds !== undefined && { asaAnsweredSeconds: roundNullable(asaAnsweredSeconds, roundQuantity) }),
    ...(serviceLevelAnswered !== undefined && { serviceLevelAnswered: roundProbability(serviceLevelAnswered) }),
  };
}

/** Staffing for each case, in input order, on the calling thread. */
export function calculateStaffingBatch(cases: StaffingCase[]): StaffingResultDto[] {
  return cases.map((input) => presentResult(calculateStaffingCase(input)));
}

/** A staffing batch's body text, answered: the results' JSON text, or why the body was refused. */
export type StaffingBatchOutcome =
  | { kind: "results"; json: string }
  | { kind: "invalidJson"; message: string }
  | { kind: "invalid"; problems: FieldProblem[] };

/** What body-parser's strict JSON accepts at the top: an object or an array, after white space. */
const STRICT_JSON_START = /^[ \t\n\r]*[{[]/;

/**
 * Parses, validates (the endpoint's contract, staffingBatchRequest, paths prefixed "body") and
 * computes one `POST /api/staffing/calculate` body ("" for a request without one), answering the JSON text of `{"results":[…]}`.
 * It runs where it is called: on a pool thread for a big body (calculateStaffingBatchFromText).
 */
export function staffingBatchFromText(bodyText: string): StaffingBatchOutcome {
  if (bodyText === "") return validated(undefined);
  if (!STRICT_JSON_START.test(bodyText)) return { kind: "invalidJson", message: "the body must be a JSON object or array" };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch (error) {
    return { kind: "invalidJson", message: (error as Error).message };
  }
  return validated(body);
}

function validated(body: unknown): StaffingBatchOutcome {
  const parsed = staffingBatchRequest.safeParse(body);
  if (!parsed.success) return { kind: "invalid", problems: fieldProblemsOf(parsed.error, ["body"]) };
  return { kind: "results", json: JSON.stringify({ results: calculateStaffingBatch(parsed.data.cases) }) };
}

/**
 * staffingBatchFromText for the HTTP API. A body above `thresholdChars` (about 1,000 cases) is
 * parsed, validated, computed and serialised on the warm worker pool (api/infrastructure/workers/worker-pool.ts), so
 * the event loop copies one string there and one back: parsing and validating 8,760 cases on it had
 * held it ~45 ms, longer than computing them.
 */
export async function calculateStaffingBatchFromText(bodyText: string, thresholdChars = WORKER_THRESHOLD_BODY_CHARS): Promise<StaffingBatchOutcome> {
  if (bodyText.length <= thresholdChars) return staffingBatchFromText(bodyText);
  return runPoolTask("staffingBatchFromText", bodyText);
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
  return presentRequirements(computeRequirements(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds));
}

/** The same for the HTTP API: a long series is computed on the worker pool. */
export async function computeRequirementsSeriesOffThread(request: RequirementsRequest): Promise<RequirementsResponseDto> {
  return presentRequirements(await computeRequirementsOffThread(requirementsQueueOf(request.queue), seriesOf(request), request.intervalSeconds));
}
