import { parentPort } from "node:worker_threads";
import loadHighs, { type Highs, type HighsCallbackMap, type Model } from "highs";
import { createHighsModel, statusOf } from "./highs-model";
import type { WorkerCommand, WorkerMessage, WorkerRequest } from "./messages";

/**
 * Worker-thread entry: HiGHS's run() is synchronous and would block the event loop for the whole
 * solve, so it runs here. The WASM runtime is loaded once and then serves one solve per `solve`
 * command, each on its own model disposed afterwards, so the thread can be kept for the next solve
 * (worker-pool.ts). The thread cannot read messages while HiGHS runs; the parent asks it to stop
 * through a shared-memory flag, one per solve, that HiGHS's interrupt callbacks poll (messages.ts).
 */
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
const highs = await loadHighs();

parentPort?.on("message", (command: WorkerCommand) => {
  const request = command.request;
  let model: Model | null = null;
  try {
    model = createHighsModel(highs, request.model);
    configure(model, request);
    const runResult = model.run(progressCallbacks(highs, request));
    post(readResult(highs, model, request, runResult.modelStatus));
  } catch (error) {
    // HiGHS threw (a WASM trap, an exhausted heap): the runtime may be broken, so the parent retires this thread.
    post({ kind: "failed", message: String((error as Error).message ?? error) });
  } finally {
    if (model !== null && !model.disposed) model.dispose();
  }
});

function configure(target: Model, request: WorkerRequest): void {
  target.options.set({
    time_limit: request.timeLimitSeconds,
    mip_rel_gap: request.relativeGap,
    // Measured on this machine: the root reduced-cost heuristic can overrun time_limit by minutes.
    mip_heuristic_run_root_reduced_cost: false,
  });
  if (typeof request.cutAgeLimit === "number") target.options.set({ mip_lp_age_limit: request.cutAgeLimit });
  const isMip = request.model.integrality.some((flag) => flag === 1);
  if (!isMip && request.lpMethod !== null) target.options.set({ solver: request.lpMethod });
  if (request.startValues) target.setSolution({ colValue: request.startValues });
}

function progressCallbacks(runtime: Highs, request: WorkerRequest): HighsCallbackMap {
  const types = runtime.constants.callbackType;
  const stopFlag = new Int32Array(request.stopFlag);
  let lastSentSeconds = -Infinity;
  let incumbent: number | null = null;
  const finiteOrNull = (value: number | undefined): number | null =>
    value !== undefined && Number.isFinite(value) ? value : null;
  const sendProgress = (seconds: number, bound: number | undefined, values: Float64Array | null): void => {
    lastSentSeconds = seconds;
    post({
      kind: "progress",
      progress: {
        elapsedSeconds: seconds,
        incumbentObjective: incumbent,
        bestBound: finiteOrNull(bound),
        relativeGap: null,
      },
      incumbentValues: values,
    });
  };
  const stopIfAsked = (event: { interrupt(): void }): undefined => {
    if (Atomics.load(stopFlag, 0) === 1) event.interrupt();
    return undefined;
  };
  return {
    [types.mipImprovingSolution](event) {
      incumbent = finiteOrNull(event.data.objective_function_value) ?? incumbent;
      sendProgress(event.data.running_time ?? 0, event.data.mip_dual_bound, event.data.mip_solution ?? null);
    },
    [types.mipInterrupt](event) {
      stopIfAsked(event);
      // Also the only channel that fires steadily, so bound-only progress is sent from here.
      const seconds = event.data.running_time ?? 0;
      if (seconds - lastSentSeconds >= request.progressIntervalSeconds)
        sendProgress(seconds, event.data.mip_dual_bound, null);
    },
    [types.simplexInterrupt]: stopIfAsked,
    [types.ipmInterrupt]: stopIfAsked,
  };
}

function readResult(runtime: Highs, solved: Model, request: WorkerRequest, modelStatus: number): WorkerMessage {
  const codes = runtime.constants.modelStatus;
  const hasSolution = Number(solved.info.get("primal_solution_status")) === runtime.constants.solutionStatus.feasible;
  const isMip = request.model.integrality.some((flag) => flag === 1);
  const bound = isMip ? Number(solved.info.get("mip_dual_bound")) : null;
  const status = statusOf(codes, modelStatus);
  const objective = hasSolution ? solved.getObjectiveValue() : null;
  return {
    kind: "result",
    status,
    objective,
    bestBound: bound !== null && Number.isFinite(bound) ? bound : status === "optimal" ? objective : null,
    values: hasSolution ? Float64Array.from(solved.getSolution().colValue) : null,
    solveSeconds: solved.getRunTime(),
    peakMemoryBytes: runtime.memoryBytes,
    rowDuals: !isMip && status === "optimal" && hasSolution ? Float64Array.from(solved.getSolution().rowDual) : null,
    message: status === "error" ? `HiGHS ended with model status ${modelStatus}` : undefined,
  };
}
