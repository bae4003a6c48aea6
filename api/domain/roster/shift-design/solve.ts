import { relativeGapOf, type MilpSolver, type SolveHooks, type SolveStatus } from "../solver-port";
import { buildShiftDesignModel, type BuildOptions } from "./build-model";
import { decodeShifts } from "./decode";
import { evaluateShiftDesign, type ShiftDesignObjective } from "./evaluate";
import type { DesignedShift, ShiftDesignProblem } from "./problem";

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
}

/** Builds the MILP, solves it through the port and reports the decoded design with its bound. */
export async function solveShiftDesign(
  problem: ShiftDesignProblem,
  solver: MilpSolver,
  options: ShiftDesignSolveOptions,
): Promise<ShiftDesignResult> {
  const built = buildShiftDesignModel(problem, options);
  const solveOptions = { timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap ?? 0 };
  const hooks = { onProgress: options.onProgress, signal: options.signal };
  const result = await solver.solve(built.model, solveOptions, hooks);
  const shifts = result.values ? decodeShifts(built, result.values) : [];
  const objective = evaluateShiftDesign(problem, shifts);
  const lowerBound = result.bestBound === null ? null : roundBoundUp(result.bestBound, built.model.variables.map((variable) => variable.cost));
  return {
    shifts,
    objective,
    lowerBound: lowerBound === null ? null : Math.min(lowerBound, objective.total),
    relativeGap: relativeGapOf(objective.total, lowerBound),
    status: result.status,
    solveSeconds: result.solveSeconds,
    ...(result.message === undefined ? {} : { message: result.message }),
    ...(result.peakMemoryBytes === undefined ? {} : { peakMemoryBytes: result.peakMemoryBytes }),
  };
}

/**
 * When every cost is an integer, every integer solution's objective is an integer too (the
 * continuous slacks take integer values at an optimum because r and x are integers), so a bound
 * of 479.9999 proves 480. Rounded with a 1e-6 tolerance for the solver's own.
 */
function roundBoundUp(bound: number, costs: number[]): number {
  return costs.every(Number.isInteger) ? Math.ceil(bound - 1e-6) : bound;
}
