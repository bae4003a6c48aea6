import { erlangCServiceLevel } from "../domain/roster/model/erlang-service-level";
import { solveRoster } from "../domain/roster/strategies/solve-roster";
import { solveShiftDesign } from "../domain/shift-design/solve";
import type { SolveJobKind, SolveJobOptions, SolveJobProgress } from "../domain/jobs/solve-job";
import type { RosterProblem } from "../domain/roster/model/problem";
import type { ShiftDesignProblem } from "../domain/shift-design/problem";
import { createHighsSolver } from "../solvers/highs-solver";

export interface SolveHooks {
  onProgress: (progress: SolveJobProgress) => void;
  /** Aborting stops the solve; the executor still returns the best solution found so far. */
  signal: AbortSignal;
}

export type SolveExecutor = (input: unknown, options: SolveJobOptions, hooks: SolveHooks) => Promise<unknown>;

/**
 * How each kind of job is solved: the same solve the CLI runs, on the stored input as it was written.
 * Every row's input was parsed once, at its edge, before it was stored (solve-job-service.ts submit:
 * the request's contract, or assembleRosterProblem for a schedule's solve); what the types cannot
 * say (zones, the interval grid, queue ids) the solve checks and a failed job reports.
 */
export const solveExecutors: Record<SolveJobKind, SolveExecutor> = {
  roster: (input, options, hooks) =>
    solveRoster(input as RosterProblem, options, {
      solver: createHighsSolver(),
      clockMs: () => performance.now(),
      estimateServiceLevel: erlangCServiceLevel,
      onProgress: hooks.onProgress,
      signal: hooks.signal,
    }),
  "shift-design": (input, options, hooks) =>
    solveShiftDesign(input as ShiftDesignProblem, createHighsSolver(), {
      ...options,
      clockMs: () => performance.now(),
      onProgress: hooks.onProgress,
      signal: hooks.signal,
    }),
};
