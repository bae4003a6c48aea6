import { afterAll, describe, expect, it } from "vitest";
import { replicateUntilPrecise } from "../../api/domain/simulation/replicate-until-precise";
import { poolReplicationRunner } from "../../api/infrastructure/workers/simulation-pool";
import { stopWorkerPool } from "../../api/infrastructure/workers/worker-pool";
import { replicateHere, singleQueueInput, voiceQueue, wholePeriodAgents } from "../domain/simulation/support";

describe("simulation replications on the worker pool", () => {
  afterAll(() => stopWorkerPool());

  it("give the report one thread gives, seed for seed, however the batch is dealt among the threads", async () => {
    const input = singleQueueInput(
      voiceQueue(3, [200, 260, 220], { patienceSeconds: 150 }),
      1800,
      wholePeriodAgents(45, 3 * 1800),
    );
    const options = { seed: 8, targetHalfWidth: 0, minReplications: 9, maxReplications: 9, batchSize: 5 };
    const onPool = await replicateUntilPrecise(input, poolReplicationRunner(input, 3), options);
    expect(onPool).toEqual(await replicateHere(input, 9, 8));
    expect(onPool.replications).toBe(9);
  });

  it("stops once every daily service level has a 95 % half-width of at most the target", async () => {
    const input = singleQueueInput(
      voiceQueue(4, [300, 300, 300, 300], { patienceSeconds: 150 }),
      1800,
      wholePeriodAgents(52, 4 * 1800),
    );
    const report = await replicateUntilPrecise(input, poolReplicationRunner(input), {
      seed: 3,
      targetHalfWidth: 0.01,
      minReplications: 10,
      maxReplications: 2000,
      batchSize: 10,
    });
    expect(report.isPrecisionReached).toBe(true);
    expect(report.widestDailyServiceLevelHalfWidth).toBeLessThanOrEqual(0.01);
    expect(report.days[0]!.serviceLevelFraction.halfWidth95).toBe(report.widestDailyServiceLevelHalfWidth);
    // Ten fewer replications would not have done: the rule stops at the first batch that reaches it.
    const shorter = await replicateHere(input, report.replications - 10, 3);
    expect(shorter.widestDailyServiceLevelHalfWidth).toBeGreaterThan(0.01);
  });
});
