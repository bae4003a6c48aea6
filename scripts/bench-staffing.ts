import { ErlangAStaffing } from "../api/domain/staffing/erlang-a-staffing";
import { requiredAgentsErlangC } from "../api/domain/staffing/erlang-c";
import { mulberry32 } from "../api/domain/random/seeded-random";

/**
 * The staffing benchmark: required agents for 8,760 hourly intervals whose loads are
 * uniform in 1–2,000 Erlangs (80 % in 20 s, AHT 300 s), under Erlang C and under Erlang A with
 * 120 s mean patience. Loads come from a seeded generator (mulberry32) so runs are comparable.
 * Prints the first (cold) run and the median of the following runs, and peak memory.
 */
const INTERVALS = 8_760;
const AHT_SECONDS = 300;
const TARGETS = { serviceLevelFraction: 0.8, targetAnswerSeconds: 20 };


const random = mulberry32(8760);
const loads = Float64Array.from({ length: INTERVALS }, () => 1 + random() * 1999);

function erlangCYear(): number {
  let total = 0;
  for (const trafficErlangs of loads) total += requiredAgentsErlangC({ trafficErlangs, ahtSeconds: AHT_SECONDS, targetAnswerSeconds: 20 }, TARGETS);
  return total;
}

function erlangAYear(): number {
  let total = 0;
  for (const trafficErlangs of loads) {
    total += new ErlangAStaffing({ trafficErlangs, ahtSeconds: AHT_SECONDS, patienceSeconds: 120, targetAnswerSeconds: 20 }).requiredAgents(TARGETS);
  }
  return total;
}

function measure(name: string, run: () => number, repeats: number): void {
  const timings: number[] = [];
  let agentHours = 0;
  for (let i = 0; i <= repeats; i++) {
    const started = performance.now();
    agentHours = run();
    timings.push(performance.now() - started);
  }
  const [cold, ...warm] = timings;
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  console.log(`${name}: ${INTERVALS} intervals, ${agentHours} agent-hours; first run ${cold.toFixed(1)} ms, median of ${repeats} more ${median.toFixed(1)} ms`);
}

measure("Erlang C (80/20, AHT 300 s)", erlangCYear, 15);
measure("Erlang A (80/20, AHT 300 s, patience 120 s)", erlangAYear, 3);
const usage = process.resourceUsage();
console.log(`peak memory (max RSS): ${(usage.maxRSS / 1024).toFixed(1)} MiB`);
