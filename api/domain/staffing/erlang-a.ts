import { sumQueueSeries, type SeriesScratch } from "./erlang-a-series";
import { servedWithinMass } from "./erlang-a-service-level";
import type { AbandonmentMetrics } from "./queue-metrics";

/**
 * Erlang A (M/M/N+M: Poisson arrivals, exponential handle times, exponential patience with mean
 * patienceSeconds), from the stationary distribution of its birth–death chain and the waiting-time
 * distribution of Mandelbaum & Zeltyn (2007). Conventions:
 * - serviceLevel = answered within t ÷ all arrivals (abandons count against);
 *   serviceLevelAnswered = answered within t ÷ answered;
 * - asaSeconds = mean time in queue over all arrivals, abandoners counting their time until they
 *   abandon (= P(abandon)·patience, by Little's law on the abandonment flow θ·E[Q] = λ·P(abandon));
 *   asaAnsweredSeconds = mean wait of answered contacts;
 * - occupancy = carried load ÷ agents = A·P(served)/N.
 * The states below N weigh π_N·(1/B(N) − 1) = π_N/G(N), with G the blocking odds of Erlang B.
 */
export interface ErlangALoad {
  trafficErlangs: number;
  ahtSeconds: number;
  patienceSeconds: number;
  targetAnswerSeconds: number;
}

const IDLE: AbandonmentMetrics = {
  pWait: 0,
  serviceLevel: 1,
  asaSeconds: 0,
  occupancy: 0,
  pAbandon: 0,
  asaAnsweredSeconds: 0,
  serviceLevelAnswered: 1,
};

/** No agents: everyone waits until their patience runs out. */
function unattended(patienceSeconds: number): AbandonmentMetrics {
  return {
    pWait: 1,
    serviceLevel: 0,
    asaSeconds: patienceSeconds,
    occupancy: 0,
    pAbandon: 1,
    asaAnsweredSeconds: null,
    serviceLevelAnswered: 0,
  };
}

/** Erlang A metrics at `agents`, given the blocking odds G = B/(1 − B) of Erlang B at `agents`. */
export function erlangAMetricsFromOdds(
  agents: number,
  load: ErlangALoad,
  blockingOdds: number,
  scratch: SeriesScratch,
): AbandonmentMetrics {
  if (load.trafficErlangs === 0) return IDLE;
  if (agents === 0) return unattended(load.patienceSeconds);
  const patiencePerAht = load.patienceSeconds / load.ahtSeconds;
  const a = agents * patiencePerAht;
  const y = load.trafficErlangs * patiencePerAht;
  const thetaT = load.targetAnswerSeconds / load.patienceSeconds;
  const series = sumQueueSeries(a, y, scratch);
  const exponentFirst = (agents * load.targetAnswerSeconds) / load.ahtSeconds + thetaT;
  const withinMass = servedWithinMass(series, a, exponentFirst, thetaT);
  const belowWeight = Math.exp(-series.logScale);
  const denominator = belowWeight + blockingOdds * series.stateMass;
  const pBelow = belowWeight / denominator;
  const piN = blockingOdds / denominator;
  const pAbandon = (piN * series.queueLengthMass) / y;
  const pServed = pBelow + piN * series.servedMass;
  const serviceLevel = pBelow + piN * withinMass;
  return {
    pWait: (blockingOdds * series.stateMass) / denominator,
    serviceLevel,
    asaSeconds: pAbandon * load.patienceSeconds,
    // Carried load cannot exceed the agents; the min only absorbs rounding at saturation.
    occupancy: Math.min(1, (load.trafficErlangs * pServed) / agents),
    pAbandon,
    asaAnsweredSeconds: (piN * series.servedWaitMass * load.patienceSeconds) / pServed,
    serviceLevelAnswered: serviceLevel / pServed,
  };
}
