import type { AgentClasses } from "../model/agent-classes";
import type { CandidateShift } from "../model/candidate-shift";

/**
 * The fairness cost of a roster exactly as the fairness family charges it (rules/fairness.ts):
 * for weekend and for night shifts, over the agents who have at least one such candidate, the
 * spread between the most- and least-loaded agent times its weight. Needs at least two such agents.
 */
export function fairnessCostOf(classes: AgentClasses, shiftsOfAgent: number[][]): number {
  const { weights } = classes.prepared.source;
  const kinds: { weight: number; isCounted: (shift: CandidateShift) => boolean }[] = [
    { weight: weights.weekendSpreadShift, isCounted: (shift) => shift.isWeekend },
    { weight: weights.nightSpreadShift, isCounted: (shift) => shift.isNight },
  ];
  return kinds.reduce((total, kind) => {
    const counts = participantsOf(classes, kind.isCounted).map(
      (agent) => shiftsOfAgent[agent].filter((index) => kind.isCounted(classes.candidates[index])).length,
    );
    if (counts.length < 2 || kind.weight <= 0) return total;
    return total + kind.weight * (Math.max(...counts) - Math.min(...counts));
  }, 0);
}

/** Agents with at least one candidate of the kind: those the fairness rows are written for. */
export function participantsOf(classes: AgentClasses, isCounted: (shift: CandidateShift) => boolean): number[] {
  return classes.agentCandidates.flatMap((candidates, agent) =>
    candidates.some((index) => isCounted(classes.candidates[index])) ? [agent] : [],
  );
}
