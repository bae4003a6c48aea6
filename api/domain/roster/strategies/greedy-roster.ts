import type { RosterModel } from "../milp/build-model";
import type { CandidateShift } from "../model/candidate-shift";
import { weekLimitsOf } from "../rules/contract-hours";
import { blockingRuleOf } from "../rules/hard-rule-check";
import { MS_PER_MINUTE } from "../../time/durations";

/**
 * A quick feasible roster to start the solver from (and the fallback when it finds nothing):
 * agents take turns, each adding the one shift of greatest marginal value that no hard rule
 * blocks, until no agent has a shift worth adding. A shift's value is the weighted agent-minutes
 * of shortfall it removes (each on-phone interval going to the agent's skilled queue that needs it
 * most), minus the over-staffing it causes and its avoided minutes, plus the below-contract minutes
 * it makes up. Returns a count per candidate (0 or 1).
 */
export function greedyShiftCounts(rosterModel: RosterModel, agentOrder?: number[]): Uint8Array {
  const { prepared, candidates, candidatesByAgent } = rosterModel;
  const { weights, queues, agents } = prepared.source;
  const intervalMinutes = prepared.intervalMs / MS_PER_MINUTE;
  const need = prepared.requiredAgents.map((row) => Float64Array.from(row));
  const skills = agents.map((agent) =>
    agent.skills.map((skill) => prepared.queueIds.indexOf(skill)).filter((queue) => queue >= 0),
  );
  const chosen: CandidateShift[][] = agents.map(() => []);
  const counts = new Uint8Array(candidates.length);

  const bestQueue = (agentIndex: number, interval: number): number =>
    skills[agentIndex].reduce((best, queue) =>
      need[queue][interval] * queues[queue].priorityWeight > need[best][interval] * queues[best].priorityWeight
        ? queue
        : best,
    );
  const valueOf = (shift: CandidateShift): number => {
    let value = -weights.avoidedMinute * shift.avoidedMinutes;
    shift.coverIntervals.forEach((interval, position) => {
      const queue = bestQueue(shift.agentIndex, interval);
      const fraction = shift.coverFractions[position];
      const covered = Math.min(fraction, Math.max(0, need[queue][interval]));
      value += covered * intervalMinutes * weights.shortAgentMinute * queues[queue].priorityWeight;
      value -= (fraction - covered) * intervalMinutes * weights.overAgentMinute;
    });
    const weekMinutes = chosen[shift.agentIndex]
      .filter((other) => other.weekIndex === shift.weekIndex)
      .reduce((sum, other) => sum + other.lengthMinutes, 0);
    const minimum = weekLimitsOf(
      agents[shift.agentIndex].contract,
      prepared.weeks[shift.weekIndex],
      prepared.agentPaidLeave[shift.agentIndex],
    ).minMinutes;
    return value + weights.belowContractMinute * Math.max(0, Math.min(shift.lengthMinutes, minimum - weekMinutes));
  };
  const take = (variable: number): void => {
    const shift = candidates[variable];
    counts[variable] = 1;
    chosen[shift.agentIndex].push(shift);
    shift.coverIntervals.forEach(
      (interval, position) => (need[bestQueue(shift.agentIndex, interval)][interval] -= shift.coverFractions[position]),
    );
  };

  const order = agentOrder ?? agents.map((_, index) => index);
  for (let added = true; added;) {
    added = false;
    for (const agentIndex of order) {
      let best = -1;
      let bestValue = 1e-9;
      for (const variable of candidatesByAgent[agentIndex]) {
        if (counts[variable] === 1 || candidates[variable].multiplicity !== 1) continue;
        const value = valueOf(candidates[variable]);
        if (value > bestValue && blockingRuleOf(prepared, candidates[variable], chosen[agentIndex]) === null)
          [best, bestValue] = [variable, value];
      }
      if (best >= 0) {
        take(best);
        added = true;
      }
    }
  }
  return counts;
}
