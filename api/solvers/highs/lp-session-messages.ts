import type { SolveStatus } from "../../domain/roster/milp/solver-port";
import type { HighsModelArrays } from "./model-data";

/** What the parent hands the LP session worker (as `workerData`). */
export interface LpSessionInit {
  model: HighsModelArrays;
  /** Int32Array view over a SharedArrayBuffer; 1 means "interrupt the running solve". */
  stopFlag: SharedArrayBuffer;
}

/** Columns in CSC layout over the model's rows. */
export interface LpColumnsMessage {
  kind: "addColumns";
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export type LpSessionRequest =
  | LpColumnsMessage
  | { kind: "setBounds"; variables: Int32Array; lower: Float64Array; upper: Float64Array }
  | { kind: "solve"; timeLimitSeconds: number; simplex: "primal" | "dual" };

export type LpSessionReply =
  | {
      kind: "solved";
      status: SolveStatus;
      objective: number | null;
      values: Float64Array | null;
      rowDuals: Float64Array | null;
      solveSeconds: number;
    }
  | { kind: "failed"; message: string };
