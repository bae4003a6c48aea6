import { performance } from "node:perf_hooks";
import { relativeGapOf, type MilpModel, type SolveHooks, type SolveResult } from "../../domain/roster/milp/solver-port";
import type { WorkerMessage } from "./messages";

type ProgressMessage = Extract<WorkerMessage, { kind: "progress" }>;
type ResultMessage = Extract<WorkerMessage, { kind: "result" }>;

/**
 * The parent's copy of the best solution and bound streamed by the worker, so that a solve the
 * worker cannot finish (terminated after a stop request, crashed) still returns its incumbent.
 */
export class IncumbentTracker {
  private readonly startedAt = performance.now();
  private incumbentObjective: number | null = null;
  private incumbentValues: Float64Array | null = null;
  private bestBound: number | null = null;
  /** Why the parent asked the worker to stop, if it did: overrides HiGHS's "interrupted". */
  stopReason: "interrupted" | "time_limit" | null = null;

  constructor(
    private readonly model: MilpModel,
    private readonly onProgress: SolveHooks["onProgress"],
  ) {}

  recordProgress(message: ProgressMessage): void {
    const { progress, incumbentValues } = message;
    if (incumbentValues !== null && progress.incumbentObjective !== null) {
      this.incumbentObjective = progress.incumbentObjective;
      this.incumbentValues = incumbentValues;
    }
    if (progress.bestBound !== null) this.bestBound = Math.max(this.bestBound ?? -Infinity, progress.bestBound);
    this.onProgress?.({
      elapsedSeconds: this.elapsedSeconds(),
      incumbentObjective: this.incumbentObjective,
      bestBound: this.bestBound,
      relativeGap: relativeGapOf(this.incumbentObjective, this.bestBound),
    });
  }

  finalResult(message: ResultMessage): SolveResult {
    const status = message.status === "interrupted" && this.stopReason !== null ? this.stopReason : message.status;
    const values = message.values ?? this.incumbentValues;
    const objective = message.values ? message.objective : this.incumbentObjective;
    const bestBound = maxOrNull(message.bestBound, this.bestBound);
    return {
      status,
      objective,
      bestBound: objective !== null && bestBound !== null ? Math.min(bestBound, objective) : bestBound,
      relativeGap: relativeGapOf(objective, bestBound),
      values: values ? this.roundIntegers(values) : null,
      solveSeconds: this.elapsedSeconds(),
      peakMemoryBytes: message.peakMemoryBytes,
      ...(message.rowDuals === null ? {} : { rowDuals: Array.from(message.rowDuals) }),
      ...(message.message === undefined ? {} : { message: message.message }),
    };
  }

  fallbackResult(status: SolveResult["status"], message?: string): SolveResult {
    return {
      status,
      objective: this.incumbentObjective,
      bestBound: this.bestBound,
      relativeGap: relativeGapOf(this.incumbentObjective, this.bestBound),
      values: this.incumbentValues ? this.roundIntegers(this.incumbentValues) : null,
      solveSeconds: this.elapsedSeconds(),
      ...(message === undefined ? {} : { message }),
    };
  }

  private elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** HiGHS returns integers within its 1e-6 feasibility tolerance; decoders want exact integers. */
  private roundIntegers(values: Float64Array): number[] {
    return Array.from(values, (value, index) => (this.model.variables[index]?.isInteger ? Math.round(value) : value));
  }
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
