import { parentPort, workerData } from "node:worker_threads";
import loadHighs from "highs";
import { createHighsModel, statusOf } from "./highs-model";
import type { LpSessionInit, LpSessionReply, LpSessionRequest } from "./lp-session-messages";

/**
 * Worker-thread entry of an LP session (lp-session.ts): one HiGHS model kept between solves, so
 * after columns are appended the simplex restarts from the last optimal basis. Messages are handled
 * in order; a solve blocks the thread, and the parent interrupts it through the shared stop flag.
 * The parent ends the session by terminating the thread, which frees the WASM heap with the model.
 */
const init = workerData as LpSessionInit;
const stopFlag = new Int32Array(init.stopFlag);
const reply = (message: LpSessionReply): void => parentPort?.postMessage(message);

const highs = await loadHighs();
const model = createHighsModel(highs, init.model);
model.clearIntegrality();
model.options.set({ solver: "simplex", presolve: "off" });
// HiGHS simplex_strategy values. Presolve stays off: it would discard the basis that makes re-solves cheap.
const SIMPLEX_DUAL = 1;
const SIMPLEX_PRIMAL = 4;
const types = highs.constants.callbackType;
const stopIfAsked = (event: { interrupt(): void }): undefined => {
  if (Atomics.load(stopFlag, 0) === 1) event.interrupt();
  return undefined;
};

parentPort?.on("message", (request: LpSessionRequest) => {
  try {
    if (request.kind === "addColumns") {
      const count = request.cost.length;
      model.addCols({
        cost: request.cost,
        lower: request.lower,
        upper: request.upper,
        matrix: {
          format: "csc",
          numRows: init.model.numRows,
          numCols: count,
          starts: request.starts,
          indices: request.indices,
          values: request.values,
        },
      });
    } else if (request.kind === "setBounds") {
      request.variables.forEach((variable, k) => model.changeColBounds(variable, request.lower[k], request.upper[k]));
    } else {
      model.options.set({
        time_limit: request.timeLimitSeconds,
        simplex_strategy: request.simplex === "primal" ? SIMPLEX_PRIMAL : SIMPLEX_DUAL,
      });
      model.zeroAllClocks();
      const run = model.run({ [types.simplexInterrupt]: stopIfAsked });
      const status = statusOf(highs.constants.modelStatus, run.modelStatus);
      const solution = status === "optimal" ? model.getSolution() : null;
      reply({
        kind: "solved",
        status,
        objective: status === "optimal" ? model.getObjectiveValue() : null,
        values: solution ? Float64Array.from(solution.colValue) : null,
        rowDuals: solution ? Float64Array.from(solution.rowDual) : null,
        solveSeconds: model.getRunTime(),
      });
    }
  } catch (error) {
    reply({ kind: "failed", message: String((error as Error).message ?? error) });
  }
});
