import { assembleSolution } from "../milp/assemble-solution";
import { buildRosterModel } from "../milp/build-model";
import { generateCandidates, type CandidateShift } from "../model/candidates";
import { coverageSteps } from "../rules/skills";
import { completeValues, objectiveOf } from "../milp/complete-values";
import { greedyShiftCounts } from "./greedy-roster";
import { solveByLagrangianSearch } from "./lagrangian-search";
import { solvePooled } from "./pooled-decomposition";
import { prepareProblem } from "../model/prepare";
import type { RosterProblem } from "../model/problem";
import type { RosterSolution, ServiceLevelEstimator } from "../model/solution";
import type { MilpSolver, SolveProgress, SolveResult } from "../milp/solver-port";

export interface RosterSolveOptions {
  timeLimitSeconds: number;
  /** Stop when (objective − bound) / objective reaches this (the entry points' default: DEFAULT_RELATIVE_GAP in api/contracts). */
  relativeGap: number;
  /**
   * "auto" solves one MILP while it is small (see MAX_DIRECT_NONZEROS) and uses the Lagrangian bound
   * with local search beyond; "pooled" is the older aggregate-then-disaggregate decomposition.
   */
  strategy?: "auto" | "milp" | "pooled" | "lagrangian";
  /** Seed of the local search's random choices (the same seed gives the same roster for the same moves). */
  seed?: number;
}

export interface RosterSolveDependencies {
  solver: MilpSolver;
  /** Milliseconds of a monotonic clock, for the time budget across phases (the domain reads no clock). */
  clockMs: () => number;
  estimateServiceLevel?: ServiceLevelEstimator;
  onProgress?: (progress: SolveProgress & { phase: string }) => void;
  signal?: AbortSignal;
}

/**
 * Above this many nonzeros one MILP of the named model stalls in WASM HiGHS (measured on the
 * synthetic weeks: 4 agents, 17k nonzeros, proven optimal in about 70 s; 10 agents, 39k nonzeros,
 * no better than the greedy start after 60 s), so the Lagrangian bound with local search is used.
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
export async function solveRoster(problem: RosterProblem, options: RosterSolveOptions, dependencies: RosterSolveDependencies): Promise<RosterSolution> {
  const startedMs = dependencies.clockMs();
  const prepared = prepareProblem(problem);
  const candidateSet = generateCandidates(prepared);
  const strategy = options.strategy ?? "auto";
  if (strategy === "pooled") return solvePooled(prepared, candidateSet, options, dependencies, startedMs);
  if (strategy === "lagrangian" || (strategy === "auto" && estimateNonzeros(candidateSet.candidates) > MAX_DIRECT_NONZEROS)) {
    return solveByLagrangianSearch(prepared, candidateSet, options, dependencies, startedMs);
  }
  const rosterModel = buildRosterModel(prepared, { candidates: candidateSet.candidates, prunedByRule: candidateSet.prunedByRule });
  const nonzeros = rosterModel.model.rows.reduce((sum, row) => sum + row.terms.length, 0);
  const startValues = completeValues(rosterModel, greedyShiftCounts(rosterModel));
  const elapsedSeconds = () => (dependencies.clockMs() - startedMs) / 1000;
  const result = await dependencies.solver.solve(
    rosterModel.model,
    { timeLimitSeconds: Math.max(1, options.timeLimitSeconds - elapsedSeconds()), relativeGap: options.relativeGap, startValues },
    { onProgress: (progress) => dependencies.onProgress?.({ ...progress, phase: "milp" }), signal: dependencies.signal },
  );
  const solverIsBetter = result.values !== null && objectiveOf(rosterModel, result.values) <= objectiveOf(rosterModel, startValues) + 1e-6;
  const values = solverIsBetter && result.values ? result.values : startValues;
  const notes = [`${rosterModel.candidates.length} candidate shifts, ${nonzeros} nonzeros; greedy start ${objectiveOf(rosterModel, startValues).toFixed(1)}`];
  if (result.message) notes.push(result.message);
  return assembleSolution(
    rosterModel,
    values.map((value, index) => (rosterModel.model.variables[index].isInteger ? Math.round(value) : value)),
    { status: milpStatusOf(result, solverIsBetter), method: "milp", lowerBound: result.bestBound, solveSeconds: elapsedSeconds(), notes },
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
