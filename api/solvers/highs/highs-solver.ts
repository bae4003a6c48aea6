import {
  relativeGapOf,
  type MilpModel,
  type MilpSolver,
  type SolveHooks,
  type SolveOptions,
  type SolveResult,
} from "../../domain/roster/milp/solver-port";
import { DEFAULT_MEMORY_BUDGET_BYTES, explainMemoryRefusal } from "./memory-guard";
import type { WorkerCommand, WorkerMessage, WorkerRequest } from "./messages";
import { toHighsModelArrays, type HighsModelArrays } from "./model-data";
import { IncumbentTracker } from "./incumbent-tracker";
import { openHighsLpSession } from "./lp-session";
import { sharedHighsWorkerPool, type HighsWorkerPool, type PooledHighsWorker } from "./worker-pool";

export interface HighsSolverSettings {
  /** Refuse models whose estimated WASM heap exceeds this (see memory-guard.ts). */
  memoryBudgetBytes?: number;
  /** How long a worker may take to honour a stop request before it is terminated. */
  graceSeconds?: number;
  /** Minimum seconds between two progress reports that carry only a new bound. */
  progressIntervalSeconds?: number;
  /** Where the solve threads come from; the process's shared pool unless given. */
  workerPool?: HighsWorkerPool;
}

/**
 * The MilpSolver behind the roster models: HiGHS (WASM) in worker threads kept by a pool
 * (worker-pool.ts), so a solve does not pay the thread start and WASM instantiation again (see
 * `npm run bench:solve-workers`); the pool retires threads whose heap has grown. One solver serves
 * any number of sequential or concurrent solves. An LP session (lp-session.ts) keeps its own
 * thread and one model open across solves, for column generation.
 */
export function createHighsSolver(settings: HighsSolverSettings = {}): MilpSolver {
  return {
    solve: (model, options, hooks = {}) => solveInWorker(model, options, hooks, settings),
    openLpSession: (model) => openHighsLpSession(model, settings.graceSeconds),
  };
}

async function solveInWorker(
  model: MilpModel,
  options: SolveOptions,
  hooks: SolveHooks,
  settings: HighsSolverSettings,
): Promise<SolveResult> {
  if (!(options.timeLimitSeconds > 0))
    throw new RangeError(`timeLimitSeconds must be > 0, got ${options.timeLimitSeconds}`);
  if (!(options.relativeGap >= 0)) throw new RangeError(`relativeGap must be >= 0, got ${options.relativeGap}`);
  const refusal = explainMemoryRefusal(model, settings.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES);
  if (refusal !== null) return emptyResult("error", refusal);
  if (hooks.signal?.aborted) return emptyResult("interrupted");
  const arrays = toHighsModelArrays(model);
  const startValues = options.startValues ? Float64Array.from(options.startValues) : null;
  if (startValues && startValues.length !== arrays.numCols) {
    throw new RangeError(`startValues has ${startValues.length} values for ${arrays.numCols} variables`);
  }
  const request: WorkerRequest = {
    model: arrays,
    timeLimitSeconds: options.timeLimitSeconds,
    relativeGap: options.relativeGap,
    startValues,
    lpMethod: options.lpMethod ?? null,
    cutAgeLimit: options.cutAgeLimit ?? null,
    stopFlag: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
    progressIntervalSeconds: settings.progressIntervalSeconds ?? 0.25,
  };
  const pooled = (settings.workerPool ?? sharedHighsWorkerPool()).acquire();
  const command: WorkerCommand = { kind: "solve", request };
  pooled.worker.postMessage(command, transferablesOf(arrays, startValues));
  return superviseWorker(pooled, request, model, hooks, settings.graceSeconds ?? 5);
}

/** The model's arrays move to the thread instead of being copied; the parent does not read them again. */
function transferablesOf(arrays: HighsModelArrays, startValues: Float64Array | null): ArrayBuffer[] {
  const views = [
    arrays.colCost,
    arrays.colLower,
    arrays.colUpper,
    arrays.integrality,
    arrays.rowLower,
    arrays.rowUpper,
    arrays.starts,
    arrays.indices,
    arrays.values,
  ];
  return [...new Set([...views, ...(startValues ? [startValues] : [])].map((view) => view.buffer as ArrayBuffer))];
}

/**
 * Relays progress, asks the worker to stop on abort or when HiGHS overruns its time limit, and
 * terminates it if it does not answer within the grace period, keeping the streamed incumbent.
 * A thread that answered with a result goes back to the pool; any other end discards it.
 */
function superviseWorker(
  pooled: PooledHighsWorker,
  request: WorkerRequest,
  model: MilpModel,
  hooks: SolveHooks,
  graceSeconds: number,
): Promise<SolveResult> {
  const tracker = new IncumbentTracker(model, hooks.onProgress);
  const stopFlag = new Int32Array(request.stopFlag);
  const { worker } = pooled;
  return new Promise<SolveResult>((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (result: SolveResult, heapBytesIfReusable: number | null): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      hooks.signal?.removeEventListener("abort", onAbort);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (heapBytesIfReusable === null) pooled.discard();
      else pooled.release(heapBytesIfReusable);
      resolve(result);
    };
    const askToStop = (statusIfUnanswered: "interrupted" | "time_limit"): void => {
      Atomics.store(stopFlag, 0, 1);
      tracker.stopReason ??= statusIfUnanswered;
      timers.push(setTimeout(() => finish(tracker.fallbackResult(statusIfUnanswered), null), graceSeconds * 1000));
    };
    const onAbort = (): void => askToStop("interrupted");
    const onMessage = (message: WorkerMessage): void => {
      if (message.kind === "progress") tracker.recordProgress(message);
      else if (message.kind === "result") finish(tracker.finalResult(message), message.peakMemoryBytes);
      else finish(tracker.fallbackResult("error", describeWorkerError(new Error(message.message))), null);
    };
    const onError = (error: Error): void => finish(tracker.fallbackResult("error", describeWorkerError(error)), null);
    const onExit = (code: number): void =>
      finish(tracker.fallbackResult("error", `HiGHS worker exited with code ${code}`), null);
    hooks.signal?.addEventListener("abort", onAbort, { once: true });
    timers.push(setTimeout(() => askToStop("time_limit"), (request.timeLimitSeconds + graceSeconds) * 1000));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
}

function describeWorkerError(error: Error): string {
  const text = String(error.message ?? error);
  // Emscripten's wording when the heap cannot grow: "Cannot enlarge memory", "Aborted(OOM)".
  if (/out of memory|enlarge memory|OOM/i.test(text)) {
    return `HiGHS ran out of WASM memory (2 GiB heap limit): ${text}`;
  }
  return `HiGHS worker failed: ${text}`;
}

function emptyResult(status: SolveResult["status"], message?: string): SolveResult {
  return {
    status,
    objective: null,
    bestBound: null,
    relativeGap: relativeGapOf(null, null),
    values: null,
    solveSeconds: 0,
    ...(message === undefined ? {} : { message }),
  };
}
