import { assembleSolution, fixedRosterModel } from "../milp/assemble-solution";
import { buildRosterModel } from "../milp/build-model";
import type { CandidateSet, CandidateShift } from "../model/candidate-shift";
import { completeValues, objectiveOf } from "../milp/complete-values";
import { batchesFromPooledPlan, batchProblem, type Batch } from "./disaggregate";
import { greedyShiftCounts } from "./greedy-roster";
import { poolAgents, pooledCandidates, pooledProblem } from "../model/pools";
import type { PreparedProblem } from "../model/prepare";
import type { RosterSolveDependencies, RosterSolveOptions } from "./strategy";
import type { RosterSolution } from "../model/solution";

/** Agents per named sub-problem: small enough for HiGHS to close its gap in seconds. */
export const MAX_BATCH_AGENTS = 40;
/** Shares of the time limit: the pooled relaxation, then the named batches; the rest costs the final roster. */
const POOLED_SHARE = 0.35;
const BATCH_SHARE = 0.55;

/**
 * Aggregate, then disaggregate. (1) Solve the pooled model (pools.ts): its proven bound is the
 * reported lower bound, valid for the named problem because the pooled model is a relaxation of it.
 * (2) Split the pooled plan into batches of named agents, each solved as an ordinary roster MILP
 * whose requirement is the coverage its pools deliver in the pooled plan. (3) Cost the union of the
 * batches' shifts with the full problem's rows (fixedRosterModel), re-optimising only the split of
 * blended agents among queues. When the pooled model finds no plan in its share of the time, the
 * batches instead cover what is left of the requirement one after the other. The reported objective is that of the full problem; the gap is
 * honest because the bound never came from the batches, which are linked through coverage.
 */
export async function solvePooled(
  prepared: PreparedProblem,
  candidateSet: CandidateSet,
  options: RosterSolveOptions,
  dependencies: RosterSolveDependencies,
  startedMs: number,
): Promise<RosterSolution> {
  const elapsedSeconds = () => (dependencies.clockMs() - startedMs) / 1000;
  const { relativeGap } = options;
  const pools = poolAgents(prepared);
  const pooledModel = buildRosterModel(pooledProblem(prepared, pools), {
    candidates: pooledCandidates(candidateSet.candidates, pools),
    agentMultiplicity: pools.members.map((members) => members.length),
  });
  const pooled = await dependencies.solver.solve(
    pooledModel.model,
    {
      timeLimitSeconds: Math.max(1, options.timeLimitSeconds * POOLED_SHARE - elapsedSeconds()),
      relativeGap: relativeGap / 2,
    },
    {
      onProgress: (progress) => dependencies.onProgress?.({ ...progress, phase: "pooled" }),
      signal: dependencies.signal,
    },
  );
  const candidatesByAgent: CandidateShift[][] = prepared.source.agents.map(() => []);
  for (const shift of candidateSet.candidates) candidatesByAgent[shift.agentIndex].push(shift);
  const pooledValues = pooled.values ?? new Array<number>(pooledModel.model.variables.length).fill(0);
  const batches = batchesFromPooledPlan(pooledModel, pooledValues, pools, MAX_BATCH_AGENTS);
  // Without a pooled plan, batches cover what is left of the requirement one after the other.
  const residual = pooled.values === null ? prepared.requiredAgents.map((row) => Float64Array.from(row)) : null;
  const chosen = await solveBatches(
    prepared,
    candidatesByAgent,
    batches,
    residual,
    options,
    dependencies,
    elapsedSeconds,
  );
  const final = fixedRosterModel(prepared, chosen);
  const polished = await dependencies.solver.solve(
    final.rosterModel.model,
    {
      timeLimitSeconds: Math.max(1, options.timeLimitSeconds - elapsedSeconds()),
      relativeGap,
      startValues: final.values,
    },
    { signal: dependencies.signal },
  );
  const isPolished =
    polished.values !== null &&
    objectiveOf(final.rosterModel, polished.values) <= objectiveOf(final.rosterModel, final.values);
  const notes = [
    `${pools.members.length} pools, ${pooledModel.candidates.length} pooled shifts (${candidateSet.candidates.length} named); pooled relaxation ${pooled.status}, bound ${pooled.bestBound?.toFixed(1) ?? "none"}`,
    `${batches.length} batches of at most ${MAX_BATCH_AGENTS} agents`,
  ];
  return assembleSolution(
    final.rosterModel,
    isPolished && polished.values ? polished.values : final.values,
    {
      status: pooled.status === "interrupted" ? "interrupted" : "time_limit",
      method: "pooled_decomposition",
      lowerBound: pooled.bestBound,
      solveSeconds: elapsedSeconds(),
      notes,
    },
    dependencies.estimateServiceLevel,
  );
}

async function solveBatches(
  prepared: PreparedProblem,
  candidatesByAgent: CandidateShift[][],
  batches: Batch[],
  residual: Float64Array[] | null,
  options: RosterSolveOptions,
  dependencies: RosterSolveDependencies,
  elapsedSeconds: () => number,
): Promise<CandidateShift[]> {
  const chosen: CandidateShift[] = [];
  const batchesEndSeconds = options.timeLimitSeconds * (POOLED_SHARE + BATCH_SHARE);
  for (const [position, batch] of batches.entries()) {
    const sub = batchProblem(
      prepared,
      candidatesByAgent,
      residual ? { ...batch, targetAgents: residual.map((row) => Float64Array.from(row)) } : batch,
    );
    const model = buildRosterModel(sub.prepared, { candidates: sub.candidates });
    const startValues = completeValues(model, greedyShiftCounts(model));
    const secondsLeft = Math.max(1, (batchesEndSeconds - elapsedSeconds()) / (batches.length - position));
    const result = dependencies.signal?.aborted
      ? null
      : await dependencies.solver.solve(
          model.model,
          { timeLimitSeconds: secondsLeft, relativeGap: options.relativeGap, startValues },
          { signal: dependencies.signal },
        );
    const values =
      result?.values && objectiveOf(model, result.values) <= objectiveOf(model, startValues)
        ? result.values
        : startValues;
    dependencies.onProgress?.({
      phase: `batch ${position + 1}/${batches.length}`,
      elapsedSeconds: elapsedSeconds(),
      incumbentObjective: null,
      bestBound: null,
      relativeGap: null,
    });
    if (residual) {
      for (const entry of model.coverage) {
        const scheduled =
          entry.required - (entry.short >= 0 ? values[entry.short] : 0) + (entry.over >= 0 ? values[entry.over] : 0);
        residual[entry.queue][entry.interval] = Math.max(0, residual[entry.queue][entry.interval] - scheduled);
      }
    }
    model.candidates.forEach((shift, index) => {
      if (values[index] > 0.5) chosen.push({ ...shift, agentIndex: batch.agents[shift.agentIndex] });
    });
  }
  return chosen;
}
