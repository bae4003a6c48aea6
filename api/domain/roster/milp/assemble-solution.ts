import { buildRosterModel, type RosterModel } from "./build-model";
import type { CandidateShift } from "../model/candidate-shift";
import { completeValues, objectiveOf } from "./complete-values";
import {
  decodeAgentWeeks,
  decodeBreakdown,
  decodeCoverage,
  decodeShifts,
  decodeUncovered,
  rosteredShiftsByAgent,
} from "./decode";
import type { PreparedProblem } from "../model/prepare";
import type { RosterSolution, ServiceLevelEstimator } from "../model/solution";
import { relativeGapOf } from "./solver-port";

export interface SolveFacts {
  status: RosterSolution["status"];
  method: RosterSolution["method"];
  lowerBound: number | null;
  solveSeconds: number;
  notes: string[];
}

/** Solver values within 1e-7 of a whole number are that number (simplex round-off such as 1.9999999999998). */
function cleanRoundOff(value: number): number {
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-7 ? whole : value;
}

/** Turns a full variable vector of a one-person-per-agent model into the reported solution. */
export function assembleSolution(
  rosterModel: RosterModel,
  rawValues: number[],
  facts: SolveFacts,
  estimateServiceLevel?: ServiceLevelEstimator,
): RosterSolution {
  const values = rawValues.map(cleanRoundOff);
  const total = objectiveOf(rosterModel, values);
  const byAgent = rosteredShiftsByAgent(rosterModel, values);
  const coverage = decodeCoverage(rosterModel, values, estimateServiceLevel);
  const uncovered = decodeUncovered(rosterModel, coverage, byAgent);
  const lowerBound = facts.lowerBound === null ? null : Math.min(facts.lowerBound, total);
  return {
    status: facts.status,
    isUnderstaffed: uncovered.length > 0,
    method: facts.method,
    objective: { total, breakdown: decodeBreakdown(rosterModel, values) },
    lowerBound,
    absoluteGap: lowerBound === null ? null : total - lowerBound,
    relativeGap: relativeGapOf(total, lowerBound),
    solveSeconds: facts.solveSeconds,
    shifts: decodeShifts(rosterModel, byAgent),
    agentWeeks: decodeAgentWeeks(rosterModel, byAgent),
    coverage,
    uncovered,
    model: {
      variables: rosterModel.model.variables.length,
      rows: rosterModel.model.rows.length,
      rowsByFamily: rosterModel.rowCountByFamily,
      prunedCandidatesByRule: rosterModel.prunedByRule,
    },
    notes: facts.notes,
    warnings: rosterModel.prepared.warnings,
  };
}

/**
 * A model holding only the given shifts (each fixed on) plus every auxiliary variable, so a
 * roster assembled outside one model (pooled decomposition, local search) is costed and decoded by
 * exactly the same rows and penalties. `absentShifts` are candidates fixed off that keep an agent
 * among those the fairness rows count (an agent who could work a weekend but works none is the
 * least-loaded one), so the roster costs what it would cost in the full model.
 */
export function fixedRosterModel(
  prepared: PreparedProblem,
  shifts: CandidateShift[],
  absentShifts: CandidateShift[] = [],
): { rosterModel: RosterModel; values: number[] } {
  const fixed = [...shifts, ...absentShifts].map((shift) => ({ ...shift, multiplicity: 1 }));
  const rosterModel = buildRosterModel(prepared, { candidates: fixed });
  fixed.forEach((_, index) => {
    const variable = rosterModel.model.variables[index];
    variable.lower = index < shifts.length ? 1 : 0;
    variable.upper = index < shifts.length ? 1 : 0;
  });
  return {
    rosterModel,
    values: completeValues(
      rosterModel,
      fixed.map((_, index) => (index < shifts.length ? 1 : 0)),
    ),
  };
}
