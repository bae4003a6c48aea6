import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildShiftDesignModel } from "../api/domain/shift-design/build-model";
import { evaluateShiftDesign } from "../api/domain/shift-design/evaluate";
import { generateShiftDesignInstance, type GeneratorOptions } from "../api/domain/shift-design/generate-instance";
import type { ShiftDesignProblem } from "../api/domain/shift-design/problem";
import { solveShiftDesign } from "../api/domain/shift-design/solve";
import { createHighsSolver } from "../api/solvers/highs-solver";

/**
 * Shift-design benchmark (issue 5): the DBAI example (60-minute slots, optimum 480) and generated
 * 15-minute instances with 468 candidate shifts. Prints time, objective, bound, gap and peak memory
 * per instance: seconds are wall-clock (heuristic included), memory is the WASM heap of the full
 * solve (the largest model) and the process's resident set, both peaks. "planted" is the objective
 * of the design the generator built the requirements from, an upper bound on the optimum.
 * Usage: npx tsx scripts/bench-shift-design.ts [--time-limit-seconds 60] [--only name]
 */
const { values: flags } = parseArgs({
  options: { "time-limit-seconds": { type: "string", default: "60" }, only: { type: "string" } },
});
const timeLimitSeconds = Number(flags["time-limit-seconds"]);

interface BenchInstance {
  name: string;
  problem: ShiftDesignProblem;
  plantedTotal: number | null;
}

const generated = (name: string, options: GeneratorOptions): BenchInstance => {
  const { problem, planted } = generateShiftDesignInstance(options);
  return { name, problem, plantedTotal: evaluateShiftDesign(problem, planted).total };
};
const example = JSON.parse(
  readFileSync(new URL("../tests/fixtures/shift-design-example.json", import.meta.url), "utf8"),
) as ShiftDesignProblem;
const instances: BenchInstance[] = [
  { name: "dbai-example-60min", problem: example, plantedTotal: 480 },
  generated("gen-60min-12sh-noise10", {
    seed: 21,
    slotMinutes: 60,
    plantedShiftCount: 12,
    maxWorkersPerDay: 5,
    noiseFraction: 0.1,
  }),
  generated("gen-15min-12sh-exact", {
    seed: 1,
    slotMinutes: 15,
    plantedShiftCount: 12,
    maxWorkersPerDay: 5,
    noiseFraction: 0,
  }),
  generated("gen-15min-16sh-exact", {
    seed: 2,
    slotMinutes: 15,
    plantedShiftCount: 16,
    maxWorkersPerDay: 5,
    noiseFraction: 0,
  }),
  generated("gen-15min-20sh-noise10", {
    seed: 3,
    slotMinutes: 15,
    plantedShiftCount: 20,
    maxWorkersPerDay: 5,
    noiseFraction: 0.1,
  }),
  generated("gen-15min-24sh-noise20", {
    seed: 4,
    slotMinutes: 15,
    plantedShiftCount: 24,
    maxWorkersPerDay: 5,
    noiseFraction: 0.2,
  }),
].filter((instance) => flags.only === undefined || instance.name === flags.only);

const solver = createHighsSolver();
const header = [
  "instance",
  "candidates",
  "variables",
  "rows",
  "nonzeros",
  "status",
  "objective",
  "bound",
  "gap %",
  "planted",
  "seconds",
  "peak wasm MiB",
  "peak rss MiB",
];
console.log(header.join("\t"));
for (const instance of instances) {
  const built = buildShiftDesignModel(instance.problem);
  const nonzeros = built.model.rows.reduce((sum, row) => sum + row.terms.length, 0);
  const startedAt = performance.now();
  const result = await solveShiftDesign(instance.problem, solver, {
    timeLimitSeconds,
    clockMs: () => performance.now(),
  });
  // Wall-clock seconds: the solver's own clock misses the heuristic's local search.
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const mebibytes = (bytes: number | undefined): string => (bytes === undefined ? "–" : (bytes / 1024 ** 2).toFixed(0));
  console.log(
    [
      instance.name,
      built.candidates.length,
      built.model.variables.length,
      built.model.rows.length,
      nonzeros,
      result.status,
      result.objective.total,
      result.lowerBound ?? "–",
      result.relativeGap === null ? "–" : (result.relativeGap * 100).toFixed(2),
      instance.plantedTotal ?? "–",
      wallSeconds.toFixed(1),
      mebibytes(result.peakMemoryBytes),
      mebibytes(process.resourceUsage().maxRSS * 1024),
    ].join("\t"),
  );
}
