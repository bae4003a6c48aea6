import { simulateRoster } from "../../../api/domain/simulation/simulate-roster";
import type { SimulationInput, SimulationQueue } from "../../../api/domain/simulation/simulation-input";
import { replicateUntilPrecise, type SimulationReport } from "../../../api/domain/simulation/replicate-until-precise";

/** A voice queue on a grid of `intervalCount` intervals, constant arrivals and AHT unless given. */
export function voiceQueue(
  intervalCount: number,
  expectedArrivals: number[],
  overrides: Partial<SimulationQueue> = {},
): SimulationQueue {
  return {
    id: "voice",
    channel: "voice",
    timeZone: "UTC",
    targetAnswerSeconds: 20,
    businessSecondsPerInterval: null,
    expectedArrivals,
    ahtSeconds: Array<number>(intervalCount).fill(300),
    handleTime: { distribution: "exponential" },
    patienceSeconds: null,
    concurrency: 1,
    dispersion: 0,
    ...overrides,
  };
}

/** `agents` agents on queue 0 for the whole period. */
export function wholePeriodAgents(agents: number, periodSeconds: number) {
  return Array.from({ length: agents }, (_unused, index) => ({
    id: `agent-${index}`,
    spans: [{ startSeconds: 0, endSeconds: periodSeconds, queueIndices: [0] }],
  }));
}

export function singleQueueInput(
  queue: SimulationQueue,
  intervalSeconds: number,
  agents: SimulationInput["agents"],
): SimulationInput {
  return {
    periodStartUtcMs: Date.parse("2026-03-02T00:00:00Z"),
    intervalSeconds,
    intervalCount: queue.expectedArrivals.length,
    queues: [queue],
    agents,
    routing: { agentQueueChoice: "priority_order" },
    serviceLevelDefinition: "abandons_count_against",
  };
}

/** Exactly `replications` replications on this thread. */
export function replicateHere(input: SimulationInput, replications: number, seed: number): Promise<SimulationReport> {
  return replicateUntilPrecise(input, async (seeds) => seeds.map((each) => simulateRoster(input, each)), {
    seed,
    targetHalfWidth: 0,
    minReplications: replications,
    maxReplications: replications,
    batchSize: replications,
  });
}
