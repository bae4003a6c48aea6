import type { LpColumn, LpSession, LpSessionResult, MilpModel } from "../../domain/roster/milp/solver-port";
import { spawnWorker } from "../../infrastructure/workers/spawn-worker";
import type { LpSessionInit, LpSessionReply, LpSessionRequest } from "./lp-session-messages";
import { toHighsModelArrays } from "./model-data";

/**
 * An LP session in its own worker thread (lp-session-worker.ts). The worker starts once (about
 * 0.3 s with the WASM load) and then answers each solve from the previous basis; requests are
 * queued in order, so addColumns needs no answer. A solve still running when its time is up or its
 * signal aborts is interrupted through the shared stop flag; if the worker does not answer within
 * `graceSeconds` it is terminated and every later solve reports "error".
 */
export function openHighsLpSession(model: MilpModel, graceSeconds = 5): LpSession {
  const init: LpSessionInit = {
    model: toHighsModelArrays(model),
    stopFlag: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  };
  const stopFlag = new Int32Array(init.stopFlag);
  const worker = spawnWorker(new URL("./lp-session-worker.ts", import.meta.url), init, []);
  const rowCount = model.rows.length;
  let failure: string | null = null;
  let pending: ((reply: LpSessionReply) => void) | null = null;
  const fail = (message: string) => {
    failure ??= message;
    pending?.({ kind: "failed", message });
    pending = null;
  };
  worker.on("message", (reply: LpSessionReply) => {
    const resolve = pending;
    pending = null;
    resolve?.(reply);
  });
  worker.on("error", (error) => fail(`HiGHS LP worker failed: ${error.message}`));
  worker.on("exit", (code) => fail(`HiGHS LP worker exited with code ${code}`));
  const send = (request: LpSessionRequest, transfer: ArrayBuffer[] = []) => worker.postMessage(request, transfer);
  const errorResult = (status: LpSessionResult["status"]): LpSessionResult => ({
    status,
    objective: null,
    values: null,
    rowDuals: null,
    solveSeconds: 0,
  });

  return {
    addColumns(columns: LpColumn[]): void {
      if (columns.length === 0 || failure !== null) return;
      const nonzeros = columns.reduce((sum, column) => sum + column.rows.length, 0);
      const message = {
        kind: "addColumns" as const,
        cost: Float64Array.from(columns, (column) => column.cost),
        lower: Float64Array.from(columns, (column) => column.lower),
        upper: Float64Array.from(columns, (column) => column.upper),
        starts: new Int32Array(columns.length + 1),
        indices: new Int32Array(nonzeros),
        values: new Float64Array(nonzeros),
      };
      let position = 0;
      columns.forEach((column, index) => {
        message.starts[index] = position;
        column.rows.forEach((row, k) => {
          if (!(row >= 0 && row < rowCount) || !Number.isFinite(column.coefficients[k]))
            throw new RangeError(`column ${index} has a bad entry (row ${row})`);
          message.indices[position] = row;
          message.values[position] = column.coefficients[k];
          position += 1;
        });
      });
      message.starts[columns.length] = position;
      send(message, [
        message.cost.buffer,
        message.lower.buffer,
        message.upper.buffer,
        message.starts.buffer,
        message.indices.buffer,
        message.values.buffer,
      ]);
    },

    setBounds(changes: { variable: number; lower: number; upper: number }[]): void {
      if (changes.length === 0 || failure !== null) return;
      send({
        kind: "setBounds",
        variables: Int32Array.from(changes, (change) => change.variable),
        lower: Float64Array.from(changes, (change) => change.lower),
        upper: Float64Array.from(changes, (change) => change.upper),
      });
    },

    async solve(timeLimitSeconds: number, simplex: "primal" | "dual", signal?: AbortSignal): Promise<LpSessionResult> {
      if (failure !== null) return errorResult("error");
      if (signal?.aborted) return errorResult("interrupted");
      Atomics.store(stopFlag, 0, 0);
      const timers: NodeJS.Timeout[] = [];
      const interrupt = () => {
        Atomics.store(stopFlag, 0, 1);
        timers.push(setTimeout(() => void worker.terminate(), graceSeconds * 1000));
      };
      signal?.addEventListener("abort", interrupt, { once: true });
      timers.push(setTimeout(interrupt, (timeLimitSeconds + graceSeconds) * 1000));
      const reply = await new Promise<LpSessionReply>((resolve) => {
        pending = resolve;
        send({ kind: "solve", timeLimitSeconds, simplex });
      });
      timers.forEach(clearTimeout);
      signal?.removeEventListener("abort", interrupt);
      if (reply.kind === "failed") {
        failure ??= reply.message;
        return errorResult("error");
      }
      return {
        status: reply.status,
        objective: reply.objective,
        values: reply.values,
        rowDuals: reply.rowDuals,
        solveSeconds: reply.solveSeconds,
      };
    },

    async close(): Promise<void> {
      failure ??= "closed";
      await worker.terminate();
    },
  };
}
