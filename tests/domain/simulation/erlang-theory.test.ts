import { describe, expect, it } from "vitest";
import { studentTQuantile } from "../../../api/domain/simulation/student-t";
import { ErlangAStaffing } from "../../../api/domain/staffing/erlang-a-staffing";
import { erlangCMetrics } from "../../../api/domain/staffing/erlang-c";
import { replicateHere, singleQueueInput, voiceQueue, wholePeriodAgents } from "./support";

/**
 * The simulator against the project's own closed forms (api/domain/staffing): one queue, a constant
 * rate, N agents all the time, exponential handle times. Each replication has a warm-up interval
 * (the queue starts empty) and a measured one of about MEASURED_ARRIVALS arrivals; the measured
 * interval's service level over REPLICATIONS replications must hold the formula's value within its
 * confidence interval. The interval used is the 99.9 % one (the reported 95 % half-width ×
 * t(0.9995, R − 1) / t(0.975, R − 1)): there are 60 comparisons here, and a 95 % interval would miss
 * about three of them by chance alone.
 * Loads sit in the Halfin–Whitt regime, A = N − β√N (Halfin & Whitt, Operations Research 29(3), 1981),
 * where a real share of callers waits at every size from 1 to 500 agents.
 */
const AGENT_COUNTS = [1, 2, 3, 5, 8, 10, 15, 20, 30, 40, 50, 75, 100, 150, 200, 250, 300, 350, 400, 500];
const AHT_SECONDS = 300;
const TARGET_SECONDS = 20;
const PATIENCE_SECONDS = 180;
const MEASURED_ARRIVALS = 2_500;
const REPLICATIONS = 16;
const WIDEN_TO_999 = studentTQuantile(0.9995, REPLICATIONS - 1) / studentTQuantile(0.975, REPLICATIONS - 1);

async function measuredInterval(agents: number, trafficErlangs: number, patienceSeconds: number | null, seed: number) {
  const ratePerSecond = trafficErlangs / AHT_SECONDS;
  const intervalSeconds = MEASURED_ARRIVALS / ratePerSecond;
  const queue = voiceQueue(2, [MEASURED_ARRIVALS, MEASURED_ARRIVALS], {
    patienceSeconds,
    targetAnswerSeconds: TARGET_SECONDS,
  });
  const report = await replicateHere(
    singleQueueInput(queue, intervalSeconds, wholePeriodAgents(agents, 2 * intervalSeconds)),
    REPLICATIONS,
    seed,
  );
  return report.intervals[1]!;
}

function expectWithinCi(estimate: { mean: number | null; halfWidth95: number | null }, expected: number) {
  expect(estimate.mean).not.toBeNull();
  expect(estimate.halfWidth95).not.toBeNull();
  expect(Math.abs(estimate.mean! - expected)).toBeLessThanOrEqual(estimate.halfWidth95! * WIDEN_TO_999);
}

describe("simulating one queue with constant rate and staffing", () => {
  it.each(AGENT_COUNTS)("reproduces Erlang C's service level (no abandonment) with %i agents", async (agents) => {
    const trafficErlangs = agents - 0.5 * Math.sqrt(agents);
    const theory = erlangCMetrics(agents, {
      trafficErlangs,
      ahtSeconds: AHT_SECONDS,
      targetAnswerSeconds: TARGET_SECONDS,
    });
    const simulated = await measuredInterval(agents, trafficErlangs, null, 1000 + agents);
    expectWithinCi(simulated.serviceLevelFraction, theory.serviceLevel);
    expect(simulated.abandonmentFraction.mean).toBe(0);
  });

  it.each(AGENT_COUNTS)(
    "reproduces Erlang A's service level and abandonment (exponential patience) with %i agents",
    async (agents) => {
      const trafficErlangs = agents;
      const theory = new ErlangAStaffing({
        trafficErlangs,
        ahtSeconds: AHT_SECONDS,
        patienceSeconds: PATIENCE_SECONDS,
        targetAnswerSeconds: TARGET_SECONDS,
      }).metricsAt(agents);
      const simulated = await measuredInterval(agents, trafficErlangs, PATIENCE_SECONDS, 2000 + agents);
      expectWithinCi(simulated.serviceLevelFraction, theory.serviceLevel);
      expectWithinCi(simulated.abandonmentFraction, theory.pAbandon);
    },
  );
});
