import type { ServiceLevelEstimator } from "../model/solution";
import type { MilpSolver, SolveProgress } from "../milp/solver-port";

/** What every solving strategy is given; solve-roster.ts chooses the strategy. */
export interface RosterSolveOptions {
  timeLimitSeconds: number;
  /** Stop when (objective − bound) / objective reaches this (the entry points' default: DEFAULT_RELATIVE_GAP in api/contracts). */
  relativeGap: number;
  /**
   * "auto" solves one MILP while it is small (see MAX_DIRECT_NONZEROS in solve-roster.ts) and uses the Lagrangian bound
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
