import type { Worker } from "node:worker_threads";
import {
  relativeGapOf,
  type MilpModel,
  type MilpSolver,
  type SolveHooks,
  type SolveOptions,
  type SolveResult,
} from "../../domain/roster/solver-port";
import { DEFAULT_MEMORY_BUDGET_BYTES, explainMemoryRefusal } from "./memory-guard";
import type { WorkerMessage, WorkerRequest } from "./messages";
import { toHighsModelArrays } from "./model-data";
import { IncumbentTracker } from "./incumbent-tracker";
import { openHighsLpSession } from "./lp-session";
import { spawnWorker } from "../../jobs/spawn-worker";

export interface HighsSolverSettings {
  /** Refuse models whose estimated WASM heap exceeds this (see memory-guard.ts). */
  memoryBudgetBytes?: number;
  /** How long a worker may take to honour a stop request before it is terminated. */
  graceSeconds?: number;
  /** Minimum seconds between two progress reports that carry only a new bound. */
  progressIntervalSeconds?: number;
}

/**
 * The MilpSolver behind the roster models: HiGHS (WASM) in a fresh worker thread per solve.
 * A worker per solve costs about 0.3 s (start-up plus WASM instantiation) and returns the WASM
 * heap, which never shrinks, to the system after every solve; the factory itself holds no state,
 * so one solver serves any number of sequential or concurrent solves. An LP session (lp-session.ts)
 * keeps one worker and one model open across solves, for column generation.
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
  if (!(options.timeLimitSeconds > 0)) throw new RangeError(`timeLimitSeconds must be > 0, got ${options.timeLimitSeconds}`);
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
  const worker = spawnWorker(new URL("./worker.ts", import.meta.url), request, []);
  return superviseWorker(worker, request, model, hooks, settings.graceSeconds ?? 5);
}

/**
 * Relays progress, asks the worker to stop on abort or when HiGHS overruns its time limit, and
 * terminates it if it does not answer within the grace period, keeping the streamed incumbent.
 */
function superviseWorker(
  worker: Worker,
  request: WorkerRequest,
  model: MilpModel,
  hooks: SolveHooks,
  graceSeconds: number,
): Promise<SolveResult> {
  const tracker = new IncumbentTracker(model, hooks.onProgress);
  const stopFlag = new Int32Array(request.stopFlag);
  return new Promise<SolveResult>((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (result: SolveResult): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      hooks.signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      resolve(result);
    };
    const askToStop = (statusIfUnanswered: "interrupted" | "time_limit"): void => {
      Atomics.store(stopFlag, 0, 1);
      tracker.stopReason ??= statusIfUnanswered;
      timers.push(setTimeout(() => finish(tracker.fallbackResult(statusIfUnanswered)), graceSeconds * 1000));
    };
    const onAbort = (): void => askToStop("interrupted");
    hooks.signal?.addEventListener("abort", onAbort, { once: true });
    timers.push(setTimeout(() => askToStop("time_limit"), (request.timeLimitSeconds + graceSeconds) * 1000));
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "progress") tracker.recordProgress(message);
      else finish(tracker.finalResult(message));
    });
    worker.on("error", (error) => finish(tracker.fallbackResult("error", describeWorkerError(error))));
    worker.on("exit", (code) => finish(tracker.fallbackResult("error", `HiGHS worker exited with code ${code}`)));
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
