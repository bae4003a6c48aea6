import type { CandidateShift } from "../model/candidate-shift";
import { agentLabel, groupAgentCandidates, nameInstant, type ModelContext } from "../milp/model-context";
import { MS_PER_MINUTE } from "../../time/durations";
import { fromEpochDay } from "../../time/local-date";

/**
 * Hard rule family "rest": at most one shift per local day, and at least rules.minRestMinutes of
 * real elapsed time between the end of one shift and the start of the next (so a fall-back night
 * gives an hour more rest on the clock than it seems, a spring-forward night an hour less).
 *
 * Rows: `one_shift_per_day(agent=…,date=…)`: Σ shifts of the day − works = 0 with the variable
 * `works(agent=…,date=…)` in [0, 1] (other families count working days through it), and rest cliques
 * `rest(agent=…,t=…)`: Σ shifts whose [start, end + rest) contains t ≤ 1. Two shifts conflict
 * exactly when their rest-extended spans overlap; spans form an interval graph whose maximal
 * cliques sit at span starts (Gilmore & Hoffman 1964), so one row per start covers every
 * conflicting pair. Cliques inside a single day are already covered by the day row and are left out,
 * as is a clique contained in the next one.
 */

export function breaksRest(shift: CandidateShift, other: CandidateShift, minRestMinutes: number): boolean {
  if (shift.epochDay === other.epochDay) return true;
  const restMs = minRestMinutes * MS_PER_MINUTE;
  return shift.startMs < other.endMs + restMs && other.startMs < shift.endMs + restMs;
}

function addDayRows(context: ModelContext, agentIndex: number): void {
  const multiplicity = context.agentMultiplicity[agentIndex];
  const label = agentLabel(context, agentIndex);
  for (const [epochDay, members] of groupAgentCandidates(context, agentIndex, (shift) => shift.epochDay)) {
    const date = fromEpochDay(epochDay);
    const works = context.builder.addVariable({
      name: `works(agent=${label},date=${date})`,
      lower: 0,
      upper: multiplicity,
      isInteger: false,
      cost: 0,
    });
    context.worksVariables[agentIndex].set(epochDay, works);
    const terms = [...members.map((variable) => ({ variable, coefficient: 1 })), { variable: works, coefficient: -1 }];
    context.builder.addRow("rest", `one_shift_per_day(agent=${label},date=${date})`, terms, 0, 0);
  }
}

function addCliqueRows(context: ModelContext, agentIndex: number): void {
  const restMs = context.prepared.source.rules.minRestMinutes * MS_PER_MINUTE;
  const sorted = [...context.candidatesByAgent[agentIndex]].sort(
    (a, b) => context.candidates[a].startMs - context.candidates[b].startMs,
  );
  const starts = [...new Set(sorted.map((index) => context.candidates[index].startMs))];
  starts.forEach((pointMs, position) => {
    const members = sorted.filter((index) => {
      const shift = context.candidates[index];
      return shift.startMs <= pointMs && pointMs < shift.endMs + restMs;
    });
    const days = new Set(members.map((index) => context.candidates[index].epochDay));
    const nextPointMs = starts[position + 1] ?? Infinity;
    const isContainedInNext = members.every((index) => context.candidates[index].endMs + restMs > nextPointMs);
    if (days.size < 2 || isContainedInNext) return;
    const terms = members.map((variable) => ({ variable, coefficient: 1 }));
    const name = `rest(agent=${agentLabel(context, agentIndex)},t=${nameInstant(pointMs)})`;
    context.builder.addRow("rest", name, terms, -Infinity, context.agentMultiplicity[agentIndex]);
  });
}

export function addRest(context: ModelContext): void {
  context.candidatesByAgent.forEach((_, agentIndex) => {
    addDayRows(context, agentIndex);
    addCliqueRows(context, agentIndex);
  });
}
