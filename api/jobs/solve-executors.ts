import { erlangCServiceLevel } from "../domain/roster/model/erlang-service-level";
import { solveRoster } from "../domain/roster/strategies/solve-roster";
import { solveShiftDesign } from "../domain/shift-design/solve";
import type { SolveJobKind, SolveJobOptions, SolveJobProgress } from "../domain/jobs/solve-job";
import { rosterProblemSchema } from "../contracts/roster-problem";
import { shiftDesignInstanceSchema } from "../contracts/shift-design";
import { createHighsSolver } from "../solvers/highs-solver";

export interface SolveHooks {
  onProgress: (progress: SolveJobProgress) => void;
  /** Aborting stops the solve; the executor still returns the best solution found so far. */
  signal: AbortSignal;
}

export type SolveExecutor = (input: unknown, options: SolveJobOptions, hooks: SolveHooks) => Promise<unknown>;

/** How each kind of job is solved: validate the stored input again, then the same solve the CLI runs. */
export const solveExecutors: Record<SolveJobKind, SolveExecutor> = {
  roster: (input, options, hooks) =>
    solveRoster(rosterProblemSchema.parse(input), options, {
      solver: createHighsSolver(),
      clockMs: () => performance.now(),
      estimateServiceLevel: erlangCServiceLevel,
      onProgress: hooks.onProgress,
      signal: hooks.signal,
    }),
  "shift-design": (input, options, hooks) =>
    solveShiftDesign(shiftDesignInstanceSchema.parse(input), createHighsSolver(), {
      ...options,
      clockMs: () => performance.now(),
      onProgress: hooks.onProgress,
      signal: hooks.signal,
    }),
};
