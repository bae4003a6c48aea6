import { ReplicationSummary, type SimulatedQueueDay, type SimulatedQueueInterval } from "./replication-summary";
import type { SimulationInput } from "./simulation-input";

/** Runs replications by seed, in any order and on any threads, and answers their tallies in the seeds' order. */
export type ReplicationRunner = (seeds: number[]) => Promise<Float64Array[]>;

export interface PrecisionOptions {
  seed: number;
  /** Stop once every queue day's service level has a 95 % half-width at most this (0.01 = 1 point). */
  targetHalfWidth: number;
  minReplications: number;
  maxReplications: number;
  /** Replications asked for at once (what the threads share between two checks of the CI). */
  batchSize: number;
}

export const DEFAULT_PRECISION: PrecisionOptions = {
  seed: 20,
  targetHalfWidth: 0.01,
  minReplications: 10,
  maxReplications: 2000,
  batchSize: 20,
};

export interface SimulationReport {
  replications: number;
  /** Whether every daily service level reached targetHalfWidth before maxReplications. */
  isPrecisionReached: boolean;
  widestDailyServiceLevelHalfWidth: number;
  intervals: SimulatedQueueInterval[];
  days: SimulatedQueueDay[];
}

/** Replication `index`'s seed: independent of how the replications were batched, so any batching gives the same report. */
export function replicationSeed(baseSeed: number, index: number): number {
  return (Math.imul(baseSeed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

/**
 * Independent replications (Law, "Simulation Modeling and Analysis", §9.4.1, the sequential procedure
 * for a fixed half-width): run batches until every queue day's service level has a 95 % half-width
 * within the target, at least minReplications and at most maxReplications. Pure apart from the runner.
 */
export async function replicateUntilPrecise(
  input: SimulationInput,
  run: ReplicationRunner,
  options: PrecisionOptions = DEFAULT_PRECISION,
): Promise<SimulationReport> {
  const summary = new ReplicationSummary(input);
  const isDone = () =>
    summary.replications >= options.maxReplications ||
    (summary.replications >= options.minReplications &&
      summary.widestDailyServiceLevelHalfWidth() <= options.targetHalfWidth);
  while (!isDone()) {
    const count = Math.min(options.batchSize, options.maxReplications - summary.replications);
    const seeds = Array.from({ length: count }, (_unused, offset) =>
      replicationSeed(options.seed, summary.replications + offset),
    );
    for (const tally of await run(seeds)) summary.add(tally);
  }
  const widest = summary.widestDailyServiceLevelHalfWidth();
  return {
    replications: summary.replications,
    isPrecisionReached: widest <= options.targetHalfWidth,
    widestDailyServiceLevelHalfWidth: widest,
    intervals: summary.intervals(),
    days: summary.queueDays(),
  };
}
