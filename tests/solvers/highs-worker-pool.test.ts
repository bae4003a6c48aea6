import { afterAll, describe, expect, it } from "vitest";
import { createHighsSolver, createHighsWorkerPool, type HighsWorkerPool } from "../../api/solvers/highs-solver";
import { buildMarketSplitModel } from "./market-split-model";

const pools: HighsWorkerPool[] = [];
const poolWith = (settings: Parameters<typeof createHighsWorkerPool>[0]) => {
  const pool = createHighsWorkerPool(settings);
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  for (const pool of pools) await pool.close();
});

/** Small enough for HiGHS to prove optimal in well under a second, so its answer is deterministic (random_seed 0). */
const provable = () => buildMarketSplitModel(2, 12, 3);

describe("the HiGHS worker pool", () => {
  it("solves one after another on one thread, and after a time-limited and a cancelled solve still answers as a fresh thread does", async () => {
    const pool = poolWith({ maxIdleWorkers: 1 });
    const reused = createHighsSolver({ workerPool: pool });
    const fresh = createHighsSolver({ workerPool: poolWith({ maxIdleWorkers: 0 }) });
    const first = await reused.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 });
    expect(first.status).toBe("optimal");
    const timed = await reused.solve(buildMarketSplitModel(), { timeLimitSeconds: 0.5, relativeGap: 0 });
    expect(timed.status).toBe("time_limit");
    const controller = new AbortController();
    const cancelled = await reused.solve(
      buildMarketSplitModel(),
      { timeLimitSeconds: 60, relativeGap: 0 },
      {
        signal: controller.signal,
        onProgress: (progress) => progress.incumbentObjective !== null && controller.abort(),
      },
    );
    expect(cancelled.status).toBe("interrupted");
    const again = await reused.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 });
    const reference = await fresh.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 });
    expect(again).toMatchObject({
      status: "optimal",
      objective: reference.objective,
      values: reference.values,
      bestBound: reference.bestBound,
    });
    expect(again.values).toEqual(first.values);
    expect(pool.statistics()).toMatchObject({ workersStarted: 1, solvesOnReusedWorkers: 3, idleWorkers: 1 });
  });

  it("runs concurrent solves on separate threads and keeps at most maxIdleWorkers of them", async () => {
    const pool = poolWith({ maxIdleWorkers: 1 });
    const solver = createHighsSolver({ workerPool: pool });
    const results = await Promise.all(
      [1, 2, 3].map(() => solver.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 })),
    );
    expect(results.map((result) => result.status)).toEqual(["optimal", "optimal", "optimal"]);
    expect(pool.statistics()).toMatchObject({ workersStarted: 3, idleWorkers: 1 });
  });

  it("retires a thread whose WASM heap grew past the limit, and one that ran its number of solves", async () => {
    const heapLimited = poolWith({ retireHeapBytes: 1 });
    const countLimited = poolWith({ maxSolvesPerWorker: 2 });
    for (const pool of [heapLimited, countLimited]) {
      const solver = createHighsSolver({ workerPool: pool });
      for (let solve = 0; solve < 3; solve += 1)
        expect((await solver.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 })).status).toBe("optimal");
    }
    expect(heapLimited.statistics()).toMatchObject({ workersStarted: 3, solvesOnReusedWorkers: 0 });
    expect(countLimited.statistics()).toMatchObject({ workersStarted: 2, solvesOnReusedWorkers: 1 });
  });

  it("never lends an idle thread that has exited", async () => {
    const pool = poolWith({});
    const lent = pool.acquire();
    lent.release(0);
    await lent.worker.terminate();
    const solver = createHighsSolver({ workerPool: pool });
    expect((await solver.solve(provable(), { timeLimitSeconds: 10, relativeGap: 0 })).status).toBe("optimal");
    expect(pool.statistics()).toMatchObject({ workersStarted: 2, solvesOnReusedWorkers: 0 });
  });
});
