import type { Worker } from "node:worker_threads";
import { spawnWorker } from "../../infrastructure/workers/spawn-worker";

export interface HighsWorkerPoolSettings {
  /** Idle threads kept for the next solve; 0 starts a fresh thread for every solve. */
  maxIdleWorkers?: number;
  /** A thread is retired after this many solves, so no slow leak in the runtime can build up. */
  maxSolvesPerWorker?: number;
  /**
   * A thread is retired once its WASM heap has grown past this: the heap never shrinks and tops
   * out at 2 GiB, so a thread that once held a big model would hold that memory while idle and
   * leave the next big model less room.
   */
  retireHeapBytes?: number;
  /** An idle thread is stopped after this long, returning its heap to the system. */
  idleSeconds?: number;
}

/** A thread lent for one solve: `release` it after a result, `discard` it when it did not answer or failed. */
export interface PooledHighsWorker {
  readonly worker: Worker;
  readonly isReused: boolean;
  /** `heapBytes`: the runtime's WASM memory after the solve (the result's peakMemoryBytes). */
  release(heapBytes: number): void;
  discard(): void;
}

export interface HighsWorkerPool {
  acquire(): PooledHighsWorker;
  statistics(): { workersStarted: number; solvesOnReusedWorkers: number; idleWorkers: number };
  /** Stops the idle threads; threads lent out stop when they are handed back. */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  solveCount: number;
  idleTimer: NodeJS.Timeout | null;
  isGone: boolean;
}

const defaults: Required<HighsWorkerPoolSettings> = {
  maxIdleWorkers: 2,
  maxSolvesPerWorker: 100,
  retireHeapBytes: 256 * 1024 ** 2,
  idleSeconds: 60,
};

/**
 * Keeps HiGHS worker threads (worker.ts) between solves, so a solve skips the thread start and
 * the WASM instantiation (measured by `npm run bench:solve-workers`). Reuse is safe because each
 * solve gets its own model, disposed after it, and its own stop flag; a solve that ended by time
 * limit or interruption returns normally from HiGHS and leaves the runtime as it was. A thread is
 * never reused after HiGHS threw, after it was terminated for not answering a stop request, or
 * once it passes the solve count or heap size above. Idle threads do not keep the process alive.
 */
export function createHighsWorkerPool(settings: HighsWorkerPoolSettings = {}): HighsWorkerPool {
  const limits = { ...defaults, ...settings };
  const idle: Slot[] = [];
  let workersStarted = 0;
  let solvesOnReusedWorkers = 0;
  let isClosed = false;

  const retire = (slot: Slot): void => {
    if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
    const index = idle.indexOf(slot);
    if (index >= 0) idle.splice(index, 1);
    if (!slot.isGone) void slot.worker.terminate();
    slot.isGone = true;
  };

  const start = (): Slot => {
    const slot: Slot = {
      worker: spawnWorker(new URL("./worker.ts", import.meta.url), null, []),
      solveCount: 0,
      idleTimer: null,
      isGone: false,
    };
    workersStarted += 1;
    // A thread that fails or exits on its own is never lent again (an idle one would otherwise throw an unhandled 'error').
    slot.worker.on("error", () => retire(slot));
    slot.worker.once("exit", () => {
      slot.isGone = true;
      retire(slot);
    });
    return slot;
  };

  const lend = (slot: Slot, isReused: boolean): PooledHighsWorker => {
    slot.worker.ref();
    let isReturned = false;
    return {
      worker: slot.worker,
      isReused,
      release(heapBytes) {
        if (isReturned) return;
        isReturned = true;
        slot.solveCount += 1;
        const isWorn = slot.solveCount >= limits.maxSolvesPerWorker || heapBytes > limits.retireHeapBytes;
        if (isClosed || slot.isGone || isWorn || idle.length >= limits.maxIdleWorkers) return retire(slot);
        slot.worker.unref();
        slot.idleTimer = setTimeout(() => retire(slot), limits.idleSeconds * 1000).unref();
        idle.push(slot);
      },
      discard() {
        if (isReturned) return;
        isReturned = true;
        retire(slot);
      },
    };
  };

  return {
    acquire() {
      const slot = idle.pop();
      if (slot === undefined) return lend(start(), false);
      if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      solvesOnReusedWorkers += 1;
      return lend(slot, true);
    },
    statistics: () => ({ workersStarted, solvesOnReusedWorkers, idleWorkers: idle.length }),
    async close() {
      isClosed = true;
      const stopping = idle.map((slot) => slot.worker.terminate());
      idle.splice(0).forEach((slot) => {
        if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
        slot.isGone = true;
      });
      await Promise.all(stopping);
    },
  };
}

let sharedPool: HighsWorkerPool | null = null;

/** The process's pool, used by every solver that is not given its own. */
export function sharedHighsWorkerPool(): HighsWorkerPool {
  sharedPool ??= createHighsWorkerPool();
  return sharedPool;
}
