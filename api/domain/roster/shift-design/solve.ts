import { relativeGapOf, type MilpSolver, type SolveHooks, type SolveProgress, type SolveStatus } from "../solver-port";
import { buildShiftDesignModel, type BuildOptions } from "./build-model";
import { decodeShifts, encodeShifts } from "./decode";
import { coverageOf, evaluateShiftDesign, type ShiftDesignObjective } from "./evaluate";
import type { DesignedShift, ShiftDesignProblem } from "./problem";
import { searchRestrictedDesigns } from "./restricted-search";

export interface ShiftDesignResult {
  shifts: DesignedShift[];
  objective: ShiftDesignObjective;
  /** Proven lower bound on objective.total, null when the solver proved none. */
  lowerBound: number | null;
  /** (total − lowerBound) / total as a fraction, 0 when both are 0. */
  relativeGap: number | null;
  status: SolveStatus;
  solveSeconds: number;
  /** Why the solver failed, for status "error". */
  message?: string;
  /** Largest solver memory of the last solve phase, when the solver reports it. */
  peakMemoryBytes?: number;
}

export interface ShiftDesignSolveOptions extends BuildOptions, SolveHooks {
  timeLimitSeconds: number;
  /** Stop once the relative gap is at most this fraction; 0 proves optimality. */
  relativeGap?: number;
  /** Share of the time limit for the primal heuristic (restricted-search.ts); 0 skips it. */
  heuristicShare?: number;
}

/** Measured on the bench: a third of the time finds designs within 1–3 % of the planted ones. */
const DEFAULT_HEURISTIC_SHARE = 0.35;

/**
 * Finds a good design with the restricted-MILP heuristic, then solves the full MILP warm-started
 * from it for the rest of the time limit; that solve gives the bound. Reports the better design.
 */
export async function solveShiftDesign(
  problem: ShiftDesignProblem,
  solver: MilpSolver,
  options: ShiftDesignSolveOptions,
): Promise<ShiftDesignResult> {
  const built = buildShiftDesignModel(problem, options);
  const heuristicBudget = options.timeLimitSeconds * (options.heuristicShare ?? DEFAULT_HEURISTIC_SHARE);
  const heuristic = heuristicBudget > 0 ? await searchRestrictedDesigns(problem, solver, built, heuristicBudget, options) : null;
  const startValues = heuristic && heuristic.shifts.length > 0 ? encodeShifts(built, problem.requirements, heuristic.shifts, coverageOf(problem, heuristic.shifts)) : undefined;
  // The local search inside the heuristic is not timed (the domain has no clock): about 2 s on the
  // bench's 15-minute instances, so a twentieth of the limit is kept back for it.
  const untimedReserveSeconds = heuristic ? options.timeLimitSeconds * 0.05 : 0;
  const remainingSeconds = Math.max(options.timeLimitSeconds - untimedReserveSeconds - (heuristic?.seconds ?? 0), options.timeLimitSeconds * 0.05);
  const solveOptions = { timeLimitSeconds: remainingSeconds, relativeGap: options.relativeGap ?? 0, ...(startValues ? { startValues } : {}) };
  const offset = heuristic?.seconds ?? 0;
  const onProgress = options.onProgress && ((progress: SolveProgress) => options.onProgress?.({ ...progress, elapsedSeconds: progress.elapsedSeconds + offset }));
  const result = await solver.solve(built.model, solveOptions, { onProgress, signal: options.signal });
  const solved = result.values ? decodeShifts(built, result.values) : [];
  const shifts = heuristic && evaluateShiftDesign(problem, heuristic.shifts).total < evaluateShiftDesign(problem, solved).total ? heuristic.shifts : solved;
  const objective = evaluateShiftDesign(problem, shifts);
  const costs = built.model.variables.map((variable) => variable.cost);
  const bounds = [result.bestBound, heuristic?.relaxationBound ?? null].filter((bound): bound is number => bound !== null);
  const lowerBound = bounds.length === 0 ? null : roundBoundUp(Math.max(...bounds), costs);
  const isProven = lowerBound !== null && lowerBound >= objective.total;
  return {
    shifts,
    objective,
    lowerBound: lowerBound === null ? null : Math.min(lowerBound, objective.total),
    relativeGap: relativeGapOf(objective.total, lowerBound),
    status: isProven ? "optimal" : result.status,
    solveSeconds: offset + result.solveSeconds,
    ...(result.message === undefined ? {} : { message: result.message }),
    ...(result.peakMemoryBytes === undefined ? {} : { peakMemoryBytes: result.peakMemoryBytes }),
  };
}

/**
 * When every cost is an integer multiple of g, every integer solution's objective is one too (the
 * continuous slacks take integer values at an optimum because r and x are integers), so a bound
 * can be rounded up to the next multiple: 479.9999 proves 480, and with 15-minute slots (costs 15
 * per person-slot, 60 per shift) 3158 proves 3165. Rounded with a 1e-6 tolerance for the solver's own.
 */
export function roundBoundUp(bound: number, costs: number[]): number {
  if (!costs.every(Number.isInteger)) return bound;
  const step = costs.reduce((divisor, cost) => greatestCommonDivisor(divisor, Math.abs(cost)), 0);
  return step === 0 ? Math.ceil(bound - 1e-6) : step * Math.ceil((bound - 1e-6) / step);
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
