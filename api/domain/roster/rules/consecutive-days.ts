import type { CandidateShift } from "../model/candidate-shift";
import { agentLabel, worksVariableOf, type ModelContext } from "../milp/model-context";
import { fromEpochDay } from "../../time/local-date";

/**
 * Hard rule family "consecutive_days": no more than contract.maxConsecutiveDays working local days
 * in a row. Rows `max_consecutive_days(agent=…,from=…)`: in every run of maxConsecutiveDays + 1
 * local days, Σ works(day) ≤ maxConsecutiveDays (works is the rest family's day variable).
 */

/** Whether adding `shift` would make a run of working days longer than the maximum. */
export function breaksConsecutiveDays(
  shift: CandidateShift,
  chosen: CandidateShift[],
  maxConsecutiveDays: number,
): boolean {
  const days = new Set(chosen.map((other) => other.epochDay));
  days.add(shift.epochDay);
  let run = 1;
  for (let day = shift.epochDay - 1; days.has(day); day -= 1) run += 1;
  for (let day = shift.epochDay + 1; days.has(day); day += 1) run += 1;
  return run > maxConsecutiveDays;
}

export function addConsecutiveDays(context: ModelContext): void {
  context.candidatesByAgent.forEach((_, agentIndex) => {
    const limit = context.prepared.source.agents[agentIndex].contract.maxConsecutiveDays;
    const days = [...context.worksVariables[agentIndex].keys()].sort((a, b) => a - b);
    if (days.length <= limit) return;
    for (let first = days[0]; first + limit <= days[days.length - 1]; first += 1) {
      const windowDays = days.filter((day) => day >= first && day <= first + limit);
      if (windowDays.length <= limit) continue;
      const terms = windowDays.map((day) => ({
        variable: worksVariableOf(context, agentIndex, day) ?? -1,
        coefficient: 1,
      }));
      const from = fromEpochDay(first);
      const name = `max_consecutive_days(agent=${agentLabel(context, agentIndex)},from=${from})`;
      context.builder.addRow("consecutive_days", name, terms, -Infinity, limit * context.agentMultiplicity[agentIndex]);
    }
  });
}
