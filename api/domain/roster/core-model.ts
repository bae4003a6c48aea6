import type { AgentClasses } from "./agent-classes";
import { buildRosterModel, type RosterModel } from "./build-model";
import type { CandidateSet } from "./candidates";
import { completeValues } from "./complete-values";

/**
 * The "core" of the named problem (as in Caprara, Fischetti & Toth 1999, "A heuristic method for
 * the set covering problem", Operations Research 47(5)): the full roster MILP restricted to the
 * shifts good Lagrangian prices chose for each agent's class, the shifts of the best roster found,
 * and, for every agent the fairness rows count, one weekend and one night candidate so that those
 * rows are the full model's. Every rule family writes its rows as usual, so any solution of the core
 * is a roster of the full problem with the same objective. Its own bound is NOT a bound of the full
 * problem (shifts are missing) and is never reported; the bound comes from lagrangian-bound.ts.
 */
export interface CoreModel {
  rosterModel: RosterModel;
  /** Candidate index (into the full list) of each core shift variable. */
  globalIndex: number[];
  startValues: number[];
}

export function buildCoreModel(classes: AgentClasses, pricedShifts: Set<number>[], roster: number[][], candidateSet: CandidateSet): CoreModel {
  const { candidates, prepared } = classes;
  const globalIndex: number[] = [];
  const isRostered = new Set(roster.flat());
  classes.agentCandidates.forEach((own, agent) => {
    const locals = new Set(pricedShifts[classes.classOfAgent[agent]]);
    own.forEach((index, local) => {
      if (isRostered.has(index)) locals.add(local);
    });
    for (const isCounted of [(index: number) => candidates[index].isWeekend, (index: number) => candidates[index].isNight]) {
      if (![...locals].some((local) => isCounted(own[local]))) {
        const first = own.findIndex(isCounted);
        if (first >= 0) locals.add(first);
      }
    }
    for (const local of [...locals].sort((a, b) => a - b)) globalIndex.push(own[local]);
  });
  const rosterModel = buildRosterModel(prepared, { candidates: globalIndex.map((index) => candidates[index]), prunedByRule: candidateSet.prunedByRule });
  const startValues = completeValues(rosterModel, globalIndex.map((index) => (isRostered.has(index) ? 1 : 0)));
  return { rosterModel, globalIndex, startValues };
}

/** Nonzeros the core would have, estimated as in solve-roster.ts, to keep it within what the solver handles. */
export function coreSizeOf(classes: AgentClasses, pricedShifts: Set<number>[]): number {
  return classes.classMembers.reduce((sum, members, classIndex) => sum + members.length * pricedShifts[classIndex].size * 14, 0);
}
