import { erlangCServiceLevel } from "../api/domain/roster/model/erlang-service-level";
import { solveRoster } from "../api/domain/roster/strategies/solve-roster";
import { syntheticRosterWeek } from "../api/domain/roster/model/synthetic-week";
import { createHighsSolver } from "../api/solvers/highs-solver";

/**
 * `npx tsx scripts/bench-roster.ts [--sizes 50,300,2000]`: the issue 5 roster scale targets on
 * seeded synthetic weeks (api/domain/roster/model/synthetic-week.ts: 15-minute intervals, 3 queues).
 * Prints one row per size: wall time, objective, bound, gaps and the process's peak resident memory
 * (main thread plus the solver workers' WASM heaps, which live in the same process).
 */
const CASES = [
  { agents: 50, zones: 1, timeLimitSeconds: 10, targetGap: 0.01 },
  { agents: 300, zones: 5, timeLimitSeconds: 60, targetGap: 0.02 },
  { agents: 2000, zones: 5, timeLimitSeconds: 600, targetGap: 0.05 },
];

const sizesFlag = process.argv.indexOf("--sizes");
const sizes = sizesFlag >= 0 ? process.argv[sizesFlag + 1].split(",").map(Number) : CASES.map((entry) => entry.agents);
const format = (value: number | null, digits = 1) => (value === null ? "–" : value.toFixed(digits));

console.log(
  "agents zones limit_s  wall_s   status      method                objective      bound   abs_gap  rel_gap  target  peak_rss_MiB",
);
for (const entry of CASES.filter((candidate) => sizes.includes(candidate.agents))) {
  const problem = syntheticRosterWeek(entry.agents, entry.zones, 20260309);
  const startedMs = performance.now();
  const solution = await solveRoster(
    problem,
    { timeLimitSeconds: entry.timeLimitSeconds, relativeGap: entry.targetGap / 2 },
    { solver: createHighsSolver(), clockMs: () => performance.now(), estimateServiceLevel: erlangCServiceLevel },
  );
  const wallSeconds = (performance.now() - startedMs) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const gap = solution.relativeGap === null ? "–" : `${(solution.relativeGap * 100).toFixed(2)} %`;
  console.log(
    [
      String(entry.agents).padStart(6),
      String(entry.zones).padStart(5),
      String(entry.timeLimitSeconds).padStart(7),
      format(wallSeconds).padStart(7),
      solution.status.padEnd(11),
      solution.method.padEnd(20),
      format(solution.objective.total).padStart(10),
      format(solution.lowerBound).padStart(10),
      format(solution.absoluteGap).padStart(9),
      gap.padStart(8),
      `${entry.targetGap * 100} %`.padStart(7),
      format(peakMiB, 0).padStart(13),
    ].join(" "),
  );
  console.log(`       ${solution.notes.join("; ")}`);
}
