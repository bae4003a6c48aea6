import { advanceInverseB, startInverseB } from "./erlang-b";
import type { QueueMetrics, StaffingTargets } from "./queue-metrics";
import { meetsTargets } from "./targets";
import { ceilTolerant } from "./tolerance";

/**
 * Erlang C (M/M/N, no abandonment), from Erlang B without factorials or powers:
 * P(wait) = N·B / (N − A·(1 − B)) = N / (A + (N − A)·R) with R = 1/B,
 * SL(t) = 1 − P(wait)·e^(−(N−A)·t/AHT), ASA = P(wait)·AHT/(N − A) (mean wait over all calls),
 * occupancy A/N. Formulas as in Gans, Koole & Mandelbaum, "Telephone call centers: tutorial, review,
 * and research prospects", M&SOM 5(2), 2003, and the callcentrehelper.com Erlang C article.
 */
export interface ErlangCLoad {
  trafficErlangs: number;
  ahtSeconds: number;
  targetAnswerSeconds: number;
}

const IDLE: QueueMetrics = { pWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
/** N ≤ A: the queue grows without bound; reported, not thrown. */
const UNSTABLE: QueueMetrics = { pWait: 1, serviceLevel: 0, asaSeconds: Number.POSITIVE_INFINITY, occupancy: 1 };

/**
 * Writes the Erlang C metrics at `agents` > A, given R = 1/B(agents), into `metrics`: the solve below
 * probes many agent counts per case, and a fresh object per probe made garbage enough to keep the
 * collector busy through a batch of thousands.
 */
function writeErlangCMetrics(metrics: QueueMetrics, agents: number, load: ErlangCLoad, inverseB: number): QueueMetrics {
  const excessAgents = agents - load.trafficErlangs;
  const pWait = agents / (load.trafficErlangs + excessAgents * inverseB);
  const tailFraction = Math.exp((-excessAgents * load.targetAnswerSeconds) / load.ahtSeconds);
  metrics.pWait = pWait;
  metrics.serviceLevel = 1 - pWait * tailFraction;
  metrics.asaSeconds = (pWait * load.ahtSeconds) / excessAgents;
  metrics.occupancy = load.trafficErlangs / agents;
  return metrics;
}

const unset = (): QueueMetrics => ({ pWait: 0, serviceLevel: 0, asaSeconds: 0, occupancy: 0 });

/** Erlang C metrics at `agents` > A given R = 1/B(agents). */
export function erlangCMetricsFromInverseB(agents: number, load: ErlangCLoad, inverseB: number): QueueMetrics {
  return writeErlangCMetrics(unset(), agents, load, inverseB);
}

/**
 * Erlang C metrics at `agents`. Zero load: P(wait) 0, SL 1, ASA 0, occupancy 0. Agents ≤ load:
 * P(wait) 1, SL 0, ASA +∞, occupancy 1 (agents saturated).
 */
export function erlangCMetrics(agents: number, load: ErlangCLoad): QueueMetrics {
  if (load.trafficErlangs === 0) return IDLE;
  if (agents <= load.trafficErlangs) return UNSTABLE;
  const start = startInverseB(load.trafficErlangs);
  const inverseB = advanceInverseB(start.inverseB, start.agents, agents, load.trafficErlangs);
  return erlangCMetricsFromInverseB(agents, load, inverseB);
}

/** The fewest agents meeting the targets and the Erlang C metrics at that many. */
export interface ErlangCSolution {
  agents: number;
  metrics: QueueMetrics;
}

/**
 * The smallest whole N > A meeting every target (0 for zero load), with its metrics: the caller
 * needs them too, and recomputing them restarted the recursion, which doubled the work of a case.
 * Every Erlang C metric is monotone in N, so the search walks upward once, carrying R = 1/B from
 * the start of startInverseB, and only evaluates candidates from where the occupancy cap could
 * first hold. Terminates because SL → 1 and ASA → 0 as N grows, and targets are SL < 1, ASA > 0.
 * The metrics are those erlangCMetrics gives at N, to the last bit (the same steps in the same order).
 */
export function solveErlangC(load: ErlangCLoad, targets: StaffingTargets): ErlangCSolution {
  const trafficErlangs = load.trafficErlangs;
  if (trafficErlangs === 0) return { agents: 0, metrics: IDLE };
  const firstStable = Math.floor(trafficErlangs) + 1;
  const occupancyCap = targets.maxOccupancyFraction;
  const firstCandidate =
    occupancyCap === undefined ? firstStable : Math.max(firstStable, ceilTolerant(trafficErlangs / occupancyCap) - 1);
  const start = startInverseB(trafficErlangs);
  const perErlang = 1 / trafficErlangs;
  let inverseB = advanceInverseB(start.inverseB, start.agents, firstCandidate, trafficErlangs);
  const metrics = unset();
  for (let agents = firstCandidate; ; agents++) {
    if (agents > firstCandidate) inverseB = 1 + inverseB * agents * perErlang;
    if (meetsTargets(writeErlangCMetrics(metrics, agents, load, inverseB), targets)) return { agents, metrics };
  }
}

/** The smallest whole N > A meeting every target (0 for zero load); see solveErlangC. */
export function requiredAgentsErlangC(load: ErlangCLoad, targets: StaffingTargets): number {
  return solveErlangC(load, targets).agents;
}
