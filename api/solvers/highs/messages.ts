import type { SolveProgress, SolveStatus } from "../../domain/roster/solver-port";
import type { HighsModelArrays } from "./model-data";

/** What the parent hands the HiGHS worker (as `workerData`). */
export interface WorkerRequest {
  model: HighsModelArrays;
  timeLimitSeconds: number;
  relativeGap: number;
  startValues: Float64Array | null;
  /** HiGHS `solver` option for an LP; null leaves HiGHS's choice. */
  lpMethod: "simplex" | "ipm" | null;
  /** HiGHS `mip_lp_age_limit`; null leaves HiGHS's default. */
  cutAgeLimit: number | null;
  /** Int32Array view over a SharedArrayBuffer; 1 means "stop and keep the incumbent". */
  stopFlag: SharedArrayBuffer;
  /** Minimum seconds between two bound-only progress messages. */
  progressIntervalSeconds: number;
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
      peakMemoryBytes: number;
      /** Row duals of an LP solved to optimality, else null. */
      rowDuals: Float64Array | null;
      message?: string;
    };
