import type { CandidateShift } from "../model/candidate-shift";
import { agentLabel, type ModelContext } from "../milp/model-context";
import type { PenaltyRule } from "../milp/model-builder";

/**
 * Soft rule family "fairness": weekend shifts (local Saturday or Sunday) and night shifts (at
 * least 3 h in the night window) spread evenly. For each kind, over the agents who could work
 * one, continuous `most_<kind>` ≥ each agent's count (`<kind>_at_most(agent=…)`) and `least_<kind>`
 * ≤ each count (`<kind>_at_least(agent=…)`); the spread most − least costs its weight per shift.
 * Aggregated (pooled) models leave fairness out: its cost is never negative, so 0 stays a valid bound.
 */

interface FairnessKind {
  key: "weekend" | "night";
  rule: PenaltyRule;
  weight: number;
  isCounted: (shift: CandidateShift) => boolean;
}

function addSpread(context: ModelContext, kind: FairnessKind): void {
  const { builder } = context;
  const counts = context.candidatesByAgent
    .map((members, agentIndex) => ({
      agentIndex,
      members: members.filter((index) => kind.isCounted(context.candidates[index])),
    }))
    .filter((entry) => entry.members.length > 0 && context.agentMultiplicity[entry.agentIndex] === 1);
  if (counts.length < 2 || kind.weight <= 0) return;
  const most = builder.addVariable(
    { name: `most_${kind.key}_shifts`, lower: 0, upper: Infinity, isInteger: false, cost: kind.weight },
    { rule: kind.rule, quantityPerUnit: 1 },
  );
  const least = builder.addVariable(
    { name: `least_${kind.key}_shifts`, lower: 0, upper: Infinity, isInteger: false, cost: -kind.weight },
    { rule: kind.rule, quantityPerUnit: -1 },
  );
  for (const { agentIndex, members } of counts) {
    const terms = members.map((variable) => ({ variable, coefficient: 1 }));
    const label = agentLabel(context, agentIndex);
    builder.addRow(
      "fairness",
      `${kind.key}_at_most(agent=${label})`,
      [...terms, { variable: most, coefficient: -1 }],
      -Infinity,
      0,
    );
    builder.addRow(
      "fairness",
      `${kind.key}_at_least(agent=${label})`,
      [...terms, { variable: least, coefficient: -1 }],
      0,
      Infinity,
    );
  }
}

export function addFairness(context: ModelContext): void {
  const weights = context.prepared.source.weights;
  addSpread(context, {
    key: "weekend",
    rule: "weekend_spread",
    weight: weights.weekendSpreadShift,
    isCounted: (shift) => shift.isWeekend,
  });
  addSpread(context, {
    key: "night",
    rule: "night_spread",
    weight: weights.nightSpreadShift,
    isCounted: (shift) => shift.isNight,
  });
}
