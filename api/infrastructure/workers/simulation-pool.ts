import { availableParallelism } from "node:os";
import type { ReplicationRunner } from "../../domain/simulation/replicate-until-precise";
import type { SimulationInput } from "../../domain/simulation/simulation-input";
import { runPoolTask } from "./worker-pool";

/**
 * Runs a batch of replications on the warm worker pool (worker-pool.ts), its seeds dealt into one
 * contiguous share per core so every thread works at once; the tallies come back in the seeds'
 * order, so the report is the one a single thread would give.
 */
export function poolReplicationRunner(
  simulation: SimulationInput,
  threads = availableParallelism(),
): ReplicationRunner {
  return async (seeds) => {
    const shares = Math.max(1, Math.min(threads, seeds.length));
    const shareSize = Math.ceil(seeds.length / shares);
    const batches = Array.from({ length: shares }, (_unused, index) =>
      seeds.slice(index * shareSize, (index + 1) * shareSize),
    ).filter((batch) => batch.length > 0);
    const results = await Promise.all(
      batches.map((batch) => runPoolTask("simulateReplications", { simulation, seeds: batch })),
    );
    return results.flat();
  };
}
