import type { SolveProgress, SolveStatus } from "../../domain/roster/milp/solver-port";
import type { HighsModelArrays } from "./model-data";

/** One solve for a HiGHS worker thread (worker.ts), sent as a `solve` command. */
export interface WorkerRequest {
  model: HighsModelArrays;
  timeLimitSeconds: number;
  relativeGap: number;
  startValues: Float64Array | null;
  /** HiGHS `solver` option for an LP; null leaves HiGHS's choice. */
  lpMethod: "simplex" | "ipm" | null;
  /** HiGHS `mip_lp_age_limit`; null leaves HiGHS's default. */
  cutAgeLimit: number | null;
  /** Int32Array view over a SharedArrayBuffer of this solve only; 1 means "stop and keep the incumbent". */
  stopFlag: SharedArrayBuffer;
  /** Minimum seconds between two bound-only progress messages. */
  progressIntervalSeconds: number;
}

export interface WorkerCommand {
  kind: "solve";
  request: WorkerRequest;
}

export type WorkerMessage =
  | { kind: "progress"; progress: SolveProgress; incumbentValues: Float64Array | null }
  | {
      kind: "result";
      status: SolveStatus;
      objective: number | null;
      bestBound: number | null;
      values: Float64Array | null;
      solveSeconds: number;
      /** The WASM heap after the solve; it never shrinks, so on a reused thread it is an upper bound of this solve's peak. */
      peakMemoryBytes: number;
      /** Row duals of an LP solved to optimality, else null. */
      rowDuals: Float64Array | null;
      message?: string;
    }
  /** HiGHS threw during the solve; the thread's runtime is not trusted again. */
  | { kind: "failed"; message: string };
