import type { AgentClasses } from "../model/agent-classes";
import { fairnessCostOf } from "../rules/roster-fairness";
import { RosterSearch } from "./best-response";
import { ruinAndRecreate, shuffled } from "./lagrangian-search";

export interface RepairSearchInput {
  classes: AgentClasses;
  /** Per-candidate cost of the agent's own (priced change and the frozen bonus, priced-change.ts). */
  adjustments: Float64Array;
  /** Roster to start from, candidate indices per agent. */
  start: number[][];
  frozenByAgent: number[][];
  random: () => number;
  isOutOfTime: () => boolean;
}

/**
 * Best-response sweeps from `start` until no agent can lower the objective plus its adjustments,
 * then ruin-and-recreate rounds (as the Lagrangian search rosters a week) until time is up, each
 * kept only when the objective plus adjustments falls and every frozen shift is still on. From
 * the baseline with change priced, an agent changes only when what it recovers outweighs the
 * premium, and a round can find chains of moves that no single agent's move pays for; from the
 * frozen shifts alone with change unpriced, it is a re-solve from scratch of the remaining horizon.
 */
export function searchRepair(input: RepairSearchInput): RosterSearch {
  const { classes, adjustments, frozenByAgent } = input;
  const search = new RosterSearch(classes, adjustments);
  search.restore(input.start);
  const agents = input.start.map((_, agent) => agent);
  while (!input.isOutOfTime() && search.sweep(shuffled(agents, input.random)) > 0) search.resplit();
  const holdsFrozen = (roster: number[][]) =>
    frozenByAgent.every((frozen, agent) => frozen.every((index) => roster[agent].includes(index)));
  const objectiveOf = () =>
    search.objective() +
    fairnessCostOf(classes, search.shiftsOfAgent) +
    search.shiftsOfAgent.reduce((sum, shifts) => sum + shifts.reduce((own, index) => own + adjustments[index], 0), 0);
  let best = { objective: objectiveOf(), roster: search.snapshot() };
  while (!input.isOutOfTime()) {
    ruinAndRecreate(search, agents, input.random, input.isOutOfTime);
    const objective = objectiveOf();
    const roster = search.snapshot();
    if (objective < best.objective - 1e-7 && holdsFrozen(roster)) best = { objective, roster };
    else search.restore(best.roster);
  }
  search.restore(best.roster);
  return search;
}
