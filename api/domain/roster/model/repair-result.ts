import type { RosterSolution } from "./solution";
import type { ShiftChange } from "./shift-changes";

/** What one roster for the rest of the horizon changes and recovers, against the baseline. */
export interface RepairFigures {
  /** Roster objective plus priced change, weighted agent-minutes. */
  objective: number;
  pricedChangeCost: number;
  agentsAffected: number;
  shiftsChanged: number;
  /** Changes inside the notice window, each owed the predictability premium. */
  premiumsOwed: number;
  premiumAgentMinutes: number;
  /** Changes that add hours inside the window and so need the agent's consent. */
  offers: number;
  /** Agent-minutes short from the cut-off on with the baseline as it stands (absent agents' shifts gone). */
  shortAgentMinutesBefore: number;
  shortAgentMinutesAfter: number;
  coverageRecoveredAgentMinutes: number;
  solveSeconds: number;
}

export interface RepairResult {
  cutoffUtc: string;
  frozenShifts: number;
  /** The repaired roster (frozen shifts included) with the usual breakdown of the roster rules, bound and gap. */
  solution: RosterSolution;
  objective: { total: number; roster: number; pricedChange: number };
  /** Valid for the repair objective: a Lagrangian bound of the roster rules alone (priced change is never negative). */
  lowerBound: number | null;
  absoluteGap: number | null;
  relativeGap: number | null;
  changes: ShiftChange[];
  repair: RepairFigures;
  /** The same figures for a re-solve of the same remaining horizon from scratch (frozen shifts kept, change not priced). */
  fromScratch: RepairFigures;
  notes: string[];
}
