import { calculateStaffingCase, type StaffingCase, type StaffingResult } from "../domain/staffing/staffing-case";
import { computeRequirements } from "../domain/staffing/requirements";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import type { RequirementsResponseDto, StaffingResultDto, requirementsRequest } from "../http/contracts/staffing";
import { spawnTypeScriptWorker } from "../jobs/spawn-typescript-worker";
import type { z } from "zod";
import { roundNullable, roundProbability, roundQuantity } from "./output-rounding";

/** Batches above this many cases are computed in a worker thread, off the event loop. */
export const WORKER_THRESHOLD_CASES = 1_000;

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

/**
 * The same, but a batch above `thresholdCases` runs in a worker thread (api/jobs/staffing-worker.ts)
 * so that an HTTP server keeps answering while 100,000 cases are computed.
 */
export async function calculateStaffingBatchOffThread(cases: StaffingCase[], thresholdCases = WORKER_THRESHOLD_CASES): Promise<StaffingResultDto[]> {
  if (cases.length <= thresholdCases) return calculateStaffingBatch(cases);
  const worker = spawnTypeScriptWorker(new URL("../jobs/staffing-worker.ts", import.meta.url), { cases }, []);
  return new Promise((resolve, reject) => {
    worker.once("message", (message: { results: StaffingResultDto[] } | { error: string }) => {
      if ("results" in message) resolve(message.results);
      else reject(new Error(`staffing worker failed: ${message.error}`));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`staffing worker exited with code ${code}`));
    });
  });
}

type RequirementsRequest = z.output<typeof requirementsRequest>;

/** The per-interval requirement of a validated requirements request: Erlangs and FTE to 2 decimals, service levels to 6. */
export function computeRequirementsSeries(request: RequirementsRequest): RequirementsResponseDto {
  const settings = requirementsQueueOf(request.queue);
  const series = request.intervals.map((interval) => ({ startUtcMs: Date.parse(interval.intervalStart), volume: interval.volume, ahtSeconds: interval.ahtSeconds }));
  const requirements = computeRequirements(settings, series, request.intervalSeconds);
  return {
    intervals: requirements.map(({ startUtcMs, ...requirement }) => ({
      intervalStart: new Date(startUtcMs).toISOString(),
      ...requirement,
      trafficErlangs: roundQuantity(requirement.trafficErlangs),
      fractionalFte: roundQuantity(requirement.fractionalFte),
      serviceLevel: roundNullable(requirement.serviceLevel, roundProbability),
    })),
  };
}
