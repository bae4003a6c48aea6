import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { MilpModel, MilpSolver } from "../api/domain/roster/milp/solver-port";
import type { ShiftDesignProblem } from "../api/domain/shift-design/problem";
import { solveShiftDesign } from "../api/domain/shift-design/solve";
import { createHighsSolver, createHighsWorkerPool } from "../api/solvers/highs-solver";

/**
 * `npm run bench:solve-workers [-- --solves 20]`: what keeping HiGHS worker threads between solves
 * saves. Each workload runs the same solves one after another twice: once with a pool that keeps
 * no thread (a fresh thread and WASM instantiation per solve, as before the pool) and once with the
 * shared pool's settings (threads kept). Prints wall milliseconds per solve (median and mean; the
 * kept run's first solve starts its thread too) and the difference.
 * Workloads: the highs-js README's two-variable MILP (nearly all start-up) and the shift-design
 * example job (tests/fixtures/shift-design-example.json, optimum 480, several HiGHS solves per job).
 */
const { values: flags } = parseArgs({ options: { solves: { type: "string", default: "20" } } });
const solveCount = Number(flags.solves);

const workshop: MilpModel = {
  variables: [
    { name: "chairs", lower: 0, upper: Infinity, isInteger: true, cost: -30 },
    { name: "tables", lower: 0, upper: Infinity, isInteger: true, cost: -50 },
  ],
  rows: [
    {
      name: "carpentry",
      terms: [
        { variable: 0, coefficient: 1 },
        { variable: 1, coefficient: 2 },
      ],
      lower: -Infinity,
      upper: 40,
    },
    {
      name: "finishing",
      terms: [
        { variable: 0, coefficient: 2 },
        { variable: 1, coefficient: 1 },
      ],
      lower: -Infinity,
      upper: 50,
    },
  ],
  objectiveOffset: 0,
};
const example = JSON.parse(
  readFileSync(new URL("../tests/fixtures/shift-design-example.json", import.meta.url), "utf8"),
) as ShiftDesignProblem;

interface Workload {
  name: string;
  runs: number;
  solve: (solver: MilpSolver) => Promise<unknown>;
}
const workloads: Workload[] = [
  {
    name: "two-variable MILP",
    runs: solveCount,
    solve: (solver) => solver.solve(workshop, { timeLimitSeconds: 10, relativeGap: 0 }),
  },
  {
    name: "shift-design example job",
    runs: Math.max(3, Math.round(solveCount / 4)),
    solve: (solver) =>
      solveShiftDesign(example, solver, { timeLimitSeconds: 60, relativeGap: 0, clockMs: () => performance.now() }),
  },
];

async function timeRuns(
  workload: Workload,
  maxIdleWorkers: number,
): Promise<{ median: number; mean: number; workersStarted: number }> {
  const pool = createHighsWorkerPool(maxIdleWorkers === 0 ? { maxIdleWorkers: 0 } : {});
  const solver = createHighsSolver({ workerPool: pool });
  const milliseconds: number[] = [];
  for (let run = 0; run < workload.runs; run += 1) {
    const startedAt = performance.now();
    await workload.solve(solver);
    milliseconds.push(performance.now() - startedAt);
  }
  const { workersStarted } = pool.statistics();
  await pool.close();
  const sorted = [...milliseconds].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    mean: milliseconds.reduce((sum, value) => sum + value, 0) / milliseconds.length,
    workersStarted,
  };
}

console.log(
  [
    "workload",
    "solves",
    "fresh ms/solve (median, mean)",
    "kept ms/solve (median, mean)",
    "threads started (fresh, kept)",
    "saved ms/solve (mean)",
  ].join("\t"),
);
for (const workload of workloads) {
  const fresh = await timeRuns(workload, 0);
  const kept = await timeRuns(workload, 2);
  console.log(
    [
      workload.name,
      workload.runs,
      `${fresh.median.toFixed(1)}, ${fresh.mean.toFixed(1)}`,
      `${kept.median.toFixed(1)}, ${kept.mean.toFixed(1)}`,
      `${fresh.workersStarted}, ${kept.workersStarted}`,
      (fresh.mean - kept.mean).toFixed(1),
    ].join("\t"),
  );
}
