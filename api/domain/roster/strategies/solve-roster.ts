import { assembleSolution } from "../milp/assemble-solution";
import { buildRosterModel } from "../milp/build-model";
import type { CandidateShift } from "../model/candidate-shift";
import { generateCandidates } from "../model/candidates";
import { coverageSteps } from "../rules/skills";
import { completeValues, objectiveOf } from "../milp/complete-values";
import { greedyShiftCounts } from "./greedy-roster";
import { solveByLagrangianSearch } from "./lagrangian-search";
import { solvePooled } from "./pooled-decomposition";
import { prepareProblem } from "../model/prepare";
import type { RosterProblem } from "../model/problem";
import type { RosterSolution } from "../model/solution";
import type { SolveResult } from "../milp/solver-port";
import type { RosterSolveDependencies, RosterSolveOptions } from "./strategy";

/**
 * Above this many nonzeros one MILP of the named model stalls in WASM HiGHS, so the Lagrangian bound
 * with local search is used: it lies between the synthetic weeks one MILP still proves optimal and
 * those where it ends no better than its greedy start (the runs: README, "Tuning constants").
 */
export const MAX_DIRECT_NONZEROS = 25_000;

/** Nonzeros of the named model, estimated before building it: coverage steps plus about six rule rows per shift. */
function estimateNonzeros(candidates: CandidateShift[]): number {
  return candidates.reduce((sum, shift) => sum + coverageSteps(shift).length + 6, 0);
}

/**
 * Solves a roster problem. Never throws for an under-staffed or over-constrained week: the hard
 * rules are always satisfiable by rostering less, so the answer is the best roster found with its
 * shortfalls explained. Throws RangeError only for a malformed problem (unknown zone, off-grid time).
 */
export async function solveRoster(
  problem: RosterProblem,
  options: RosterSolveOptions,
  dependencies: RosterSolveDependencies,
): Promise<RosterSolution> {
  const startedMs = dependencies.clockMs();
  const prepared = prepareProblem(problem);
  const candidateSet = generateCandidates(prepared);
  const strategy = options.strategy ?? "auto";
  if (strategy === "pooled") return solvePooled(prepared, candidateSet, options, dependencies, startedMs);
  if (
    strategy === "lagrangian" ||
    (strategy === "auto" && estimateNonzeros(candidateSet.candidates) > MAX_DIRECT_NONZEROS)
  ) {
    return solveByLagrangianSearch(prepared, candidateSet, options, dependencies, startedMs);
  }
  const rosterModel = buildRosterModel(prepared, {
    candidates: candidateSet.candidates,
    prunedByRule: candidateSet.prunedByRule,
  });
  const nonzeros = rosterModel.model.rows.reduce((sum, row) => sum + row.terms.length, 0);
  const startValues = completeValues(rosterModel, greedyShiftCounts(rosterModel));
  const elapsedSeconds = () => (dependencies.clockMs() - startedMs) / 1000;
  const result = await dependencies.solver.solve(
    rosterModel.model,
    {
      timeLimitSeconds: Math.max(1, options.timeLimitSeconds - elapsedSeconds()),
      relativeGap: options.relativeGap,
      startValues,
    },
    {
      onProgress: (progress) => dependencies.onProgress?.({ ...progress, phase: "milp" }),
      signal: dependencies.signal,
    },
  );
  const solverIsBetter =
    result.values !== null && objectiveOf(rosterModel, result.values) <= objectiveOf(rosterModel, startValues) + 1e-6;
  const values = solverIsBetter && result.values ? result.values : startValues;
  const notes = [
    `${rosterModel.candidates.length} candidate shifts, ${nonzeros} nonzeros; greedy start ${objectiveOf(rosterModel, startValues).toFixed(1)}`,
  ];
  if (result.message) notes.push(result.message);
  return assembleSolution(
    rosterModel,
    values.map((value, index) => (rosterModel.model.variables[index].isInteger ? Math.round(value) : value)),
    {
      status: milpStatusOf(result, solverIsBetter),
      method: "milp",
      lowerBound: result.bestBound,
      solveSeconds: elapsedSeconds(),
      notes,
    },
    dependencies.estimateServiceLevel,
  );
}

/** Relative gaps at or below this are round-off of a proven optimum. */
const PROVEN_GAP = 1e-6;

/**
 * The roster's status from the solver's: "error" when it failed, "heuristic" when its solution was
 * no better than the greedy start that is reported instead, and "gap_reached" where HiGHS says
 * "optimal" only because the relative gap is within mip_rel_gap (a roster is called optimal only
 * when its bound meets it, up to round-off).
 */
function milpStatusOf(result: SolveResult, solverIsBetter: boolean): RosterSolution["status"] {
  if (result.status === "error") return "error";
  if (!solverIsBetter) return "heuristic";
  const isProven = result.relativeGap !== null && result.relativeGap <= PROVEN_GAP;
  return result.status === "optimal" && !isProven ? "gap_reached" : result.status;
}
