import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ErlangAStaffing } from "../api/domain/staffing/erlang-a-staffing";
import { requiredAgentsErlangC } from "../api/domain/staffing/erlang-c";
import { mulberry32 } from "../api/domain/random/seeded-random";
import { benchStaffingApi } from "./staffing-api-bench";

/**
 * The staffing benchmark: required agents for 8,760 hourly intervals whose loads are
 * uniform in 1–2,000 Erlangs (80 % in 20 s, AHT 300 s), under Erlang C and under Erlang A with
 * 120 s mean patience. Loads come from a seeded generator (mulberry32) so runs are comparable.
 * Prints, for the same intervals: the kernels (first run and median), `shiftcast staffing` beyond its
 * start-up, a vectorised numpy Erlang C when python3 has numpy (scripts/numpy-erlang-c.py), and
 * `POST /api/staffing/calculate` through the warm worker pool with the event loop's delay meanwhile.
 */
const INTERVALS = 8_760;
const AHT_SECONDS = 300;
const INTERVAL_SECONDS = 3_600;
const TARGETS = { serviceLevelFraction: 0.8, targetAnswerSeconds: 20 };

const random = mulberry32(8760);
const loads = Float64Array.from({ length: INTERVALS }, () => 1 + random() * 1999);
const cases = Array.from(loads, (trafficErlangs) => ({
  callsPerInterval: (trafficErlangs * INTERVAL_SECONDS) / AHT_SECONDS,
  intervalSeconds: INTERVAL_SECONDS,
  ahtSeconds: AHT_SECONDS,
  targetAnswerSeconds: TARGETS.targetAnswerSeconds,
  targetServiceLevel: TARGETS.serviceLevelFraction,
}));

function erlangCYear(): number {
  let total = 0;
  for (const trafficErlangs of loads)
    total += requiredAgentsErlangC({ trafficErlangs, ahtSeconds: AHT_SECONDS, targetAnswerSeconds: 20 }, TARGETS);
  return total;
}

function erlangAYear(): number {
  let total = 0;
  for (const trafficErlangs of loads) {
    total += new ErlangAStaffing({
      trafficErlangs,
      ahtSeconds: AHT_SECONDS,
      patienceSeconds: 120,
      targetAnswerSeconds: 20,
    }).requiredAgents(TARGETS);
  }
  return total;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(name: string, run: () => number, repeats: number): void {
  const timings: number[] = [];
  let agentHours = 0;
  for (let i = 0; i <= repeats; i++) {
    const started = performance.now();
    agentHours = run();
    timings.push(performance.now() - started);
  }
  const [cold, ...warm] = timings;
  console.log(
    `${name}: ${INTERVALS} intervals, ${agentHours} agent-hours; first run ${cold!.toFixed(1)} ms, median of ${repeats} more ${median(warm).toFixed(1)} ms`,
  );
}

/** Median wall time of the CLI (scripts/shiftcast.mjs, what `npx shiftcast` runs) on an input file, and its last output. */
function timeCli(inputPath: string, runs: number): { wallMs: number; stdout: string } {
  const timings: number[] = [];
  let stdout = "";
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ["scripts/shiftcast.mjs", "staffing", "--input", inputPath], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    timings.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`shiftcast staffing exited with ${child.status}: ${child.stderr}`);
    stdout = child.stdout;
  }
  return { wallMs: median(timings), stdout };
}

/** The numpy reference on the same loads, or null without python3 and numpy. */
function runNumpy(): { agents: number[]; seconds: number } | null {
  const hasNumpy = spawnSync("python3", ["-c", "import numpy"], { encoding: "utf8" }).status === 0;
  if (!hasNumpy) return null;
  const input = JSON.stringify({
    trafficErlangs: cases.map((c) => (c.callsPerInterval * c.ahtSeconds) / c.intervalSeconds),
    ahtSeconds: AHT_SECONDS,
    ...TARGETS,
  });
  const child = spawnSync("python3", ["scripts/numpy-erlang-c.py"], {
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`numpy reference failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { agents: number[]; seconds: number };
}

function benchCli(): void {
  const directory = mkdtempSync(join(tmpdir(), "shiftcast-bench-staffing-"));
  try {
    const yearPath = join(directory, "year.json");
    const onePath = join(directory, "one.json");
    writeFileSync(yearPath, JSON.stringify({ cases }));
    writeFileSync(onePath, JSON.stringify({ cases: cases.slice(0, 1) }));
    const startUp = timeCli(onePath, 5);
    const year = timeCli(yearPath, 5);
    const beyondMs = year.wallMs - startUp.wallMs;
    console.log(
      `shiftcast staffing: 1 case ${startUp.wallMs.toFixed(0)} ms wall (start-up), ${INTERVALS} cases ${year.wallMs.toFixed(0)} ms wall: ${beyondMs.toFixed(0)} ms beyond start-up (target ≤ 30 ms; medians of 5)`,
    );
    const cliAgents = (JSON.parse(year.stdout) as { results: Array<{ agents: number }> }).results.map(
      (result) => result.agents,
    );
    const numpy = runNumpy();
    if (!numpy) {
      console.log("numpy reference: skipped (python3 with numpy not found)");
      return;
    }
    const differing = numpy.agents.filter((agents, index) => agents !== cliAgents[index]).length;
    const speedUp = (numpy.seconds * 1000) / Math.max(beyondMs, 1);
    console.log(
      `numpy vectorised Erlang C: ${(numpy.seconds * 1000).toFixed(0)} ms compute for the same intervals, agents differ on ${differing} of ${INTERVALS}; ` +
        `the CLI beyond start-up is ${speedUp.toFixed(1)}× faster (target ≥ 4×)`,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

console.log(
  `load average at start: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")} (timings are wall clock: other work on the machine slows them)`,
);
measure("Erlang C (80/20, AHT 300 s)", erlangCYear, 15);
measure("Erlang A (80/20, AHT 300 s, patience 120 s)", erlangAYear, 3);
benchCli();
await benchStaffingApi(cases);
const usage = process.resourceUsage();
console.log(`peak memory of this process (max RSS): ${(usage.maxRSS / 1024).toFixed(1)} MiB`);
