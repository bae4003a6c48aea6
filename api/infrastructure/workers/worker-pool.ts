import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import type * as PoolTasks from "./pool-tasks";
import { workerEntryOf } from "./spawn-worker";

type Tasks = typeof PoolTasks;
export type PoolTaskName = keyof Tasks;

/**
 * One warm pool of worker threads per process (tinypool) for the CPU-heavy calls of a request:
 * staffing batches, forecasts, requirement series, each a named task of pool-tasks.ts. The threads
 * load the tasks once and stay up, so a call pays only the copy of its input and result instead of
 * a thread start and a module load each time, and the HTTP event loop keeps answering while they
 * compute. A new CPU-heavy task is a new export there.
 */
let pool: Tinypool | undefined;
let poolThreads = 0;

function createPool(threads: number): Tinypool {
  const { url, options } = workerEntryOf(new URL("./pool-tasks.ts", import.meta.url));
  // `name` is what a thread looks up when it loads the tasks at start-up (each run names its own
  // task): it must exist, or tinypool retries the lookup through a file path, which a data: URL is not.
  return new Tinypool({
    filename: url.href,
    name: "staffingBatchFromText" satisfies PoolTaskName,
    minThreads: threads,
    maxThreads: threads,
    execArgv: options.execArgv,
  });
}

/**
 * Starts the pool with `threads` threads (one per core by default; the HTTP workers of a server
 * share the cores among them), so the first request finds them warm. Later calls keep the pool.
 */
export function startWorkerPool(threads = availableParallelism()): void {
  if (pool) return;
  poolThreads = Math.max(1, threads);
  pool = createPool(poolThreads);
}

/** Runs the named task on a pool thread (starting the pool on first use). */
export function runPoolTask<N extends PoolTaskName>(
  name: N,
  input: Parameters<Tasks[N]>[0],
): Promise<ReturnType<Tasks[N]>> {
  startWorkerPool();
  return pool!.run(input, { name }) as Promise<ReturnType<Tasks[N]>>;
}

/** Stops the pool's threads (the server's shutdown); a later call starts a new pool. */
export async function stopWorkerPool(): Promise<void> {
  const stopping = pool;
  pool = undefined;
  await stopping?.destroy();
}
