import type { RosterModel } from "../milp/build-model";
import type { CandidateShift } from "../model/candidate-shift";
import type { AgentPools } from "../model/pools";
import { withAgents, type PreparedProblem } from "../model/prepare";

/** A batch of agents solved together against its share of the pooled plan's coverage. */
export interface Batch {
  agents: number[];
  /** targetAgents[queue][interval]: on-phone agents the pooled plan expects from this batch. */
  targetAgents: Float64Array[];
}

/**
 * The coverage each pool delivers in the pooled solution, per queue and interval: the pool's
 * on-phone count, split among queues in the proportions its skill group was attributed.
 */
function poolTargets(pooledModel: RosterModel, values: number[], poolCount: number): Float64Array[][] {
  const { prepared } = pooledModel;
  const queueCount = prepared.queueIds.length;
  const targets = Array.from({ length: poolCount }, () =>
    Array.from({ length: queueCount }, () => new Float64Array(prepared.intervalCount)),
  );
  const share = new Map<string, number>();
  const groupTotal = new Map<string, number>();
  for (const entry of pooledModel.attributions) {
    share.set(`${entry.group}/${entry.queue}/${entry.interval}`, values[entry.variable]);
    groupTotal.set(
      `${entry.group}/${entry.interval}`,
      (groupTotal.get(`${entry.group}/${entry.interval}`) ?? 0) + values[entry.variable],
    );
  }
  pooledModel.candidates.forEach((shift, variable) => {
    const count = Math.round(values[variable]);
    if (count === 0) return;
    const group = pooledModel.groupOfAgent[shift.agentIndex];
    const queues = pooledModel.skillGroups[group].queueIndices;
    shift.coverIntervals.forEach((interval, position) => {
      const total = groupTotal.get(`${group}/${interval}`) ?? 0;
      for (const queue of queues) {
        const fraction =
          queues.length === 1
            ? 1
            : total > 0
              ? (share.get(`${group}/${queue}/${interval}`) ?? 0) / total
              : 1 / queues.length;
        targets[shift.agentIndex][queue][interval] += count * shift.coverFractions[position] * fraction;
      }
    });
  });
  return targets;
}

/**
 * Splits the agents into batches of at most `maxBatchAgents`, keeping pools together where they
 * fit and splitting larger pools into chunks whose target is the pool's in proportion to size.
 */
export function batchesFromPooledPlan(
  pooledModel: RosterModel,
  values: number[],
  pools: AgentPools,
  maxBatchAgents: number,
): Batch[] {
  const targets = poolTargets(pooledModel, values, pools.members.length);
  const batches: Batch[] = [];
  const queueCount = pooledModel.prepared.queueIds.length;
  const emptyTarget = () =>
    Array.from({ length: queueCount }, () => new Float64Array(pooledModel.prepared.intervalCount));
  let open: Batch = { agents: [], targetAgents: emptyTarget() };
  pools.members.forEach((members, pool) => {
    for (let first = 0; first < members.length; first += maxBatchAgents) {
      const chunk = members.slice(first, first + maxBatchAgents);
      if (open.agents.length + chunk.length > maxBatchAgents) {
        batches.push(open);
        open = { agents: [], targetAgents: emptyTarget() };
      }
      open.agents.push(...chunk);
      targets[pool].forEach((row, queue) =>
        row.forEach(
          (amount, interval) => (open.targetAgents[queue][interval] += (amount * chunk.length) / members.length),
        ),
      );
    }
  });
  if (open.agents.length > 0) batches.push(open);
  return batches;
}

/** The named sub-problem of a batch: its agents, their own candidates, and the batch's target as requirement. */
export function batchProblem(
  prepared: PreparedProblem,
  candidatesByAgent: CandidateShift[][],
  batch: Batch,
): { prepared: PreparedProblem; candidates: CandidateShift[] } {
  const candidates = batch.agents.flatMap((agentIndex, local) =>
    candidatesByAgent[agentIndex].map((shift) => ({ ...shift, agentIndex: local })),
  );
  return {
    prepared: {
      ...withAgents(prepared, batch.agents),
      requiredAgents: batch.targetAgents,
      requirementEntries: new Map(),
    },
    candidates,
  };
}
