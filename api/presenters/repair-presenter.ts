import type { RepairFigures, RepairResult } from "../domain/roster/model/repair-result";
import { roundGap, roundNullable, roundQuantity } from "./output-rounding";
import { presentRosterSolution } from "./solve-result-presenter";

function presentFigures(figures: RepairFigures): RepairFigures {
  return {
    ...figures,
    objective: roundQuantity(figures.objective),
    pricedChangeCost: roundQuantity(figures.pricedChangeCost),
    premiumAgentMinutes: roundQuantity(figures.premiumAgentMinutes),
    shortAgentMinutesBefore: roundQuantity(figures.shortAgentMinutesBefore),
    shortAgentMinutesAfter: roundQuantity(figures.shortAgentMinutesAfter),
    coverageRecoveredAgentMinutes: roundQuantity(figures.coverageRecoveredAgentMinutes),
    solveSeconds: roundQuantity(figures.solveSeconds),
  };
}

/** A repair as the CLI prints it and the API answers it, rounded like a roster solution (output-rounding.ts). */
export function presentRepairResult(result: RepairResult): RepairResult {
  return {
    ...result,
    solution: presentRosterSolution(result.solution),
    objective: {
      total: roundQuantity(result.objective.total),
      roster: roundQuantity(result.objective.roster),
      pricedChange: roundQuantity(result.objective.pricedChange),
    },
    lowerBound: roundNullable(result.lowerBound, roundQuantity),
    absoluteGap: roundNullable(result.absoluteGap, roundQuantity),
    relativeGap: roundNullable(result.relativeGap, roundGap),
    changes: result.changes.map((change) => ({
      ...change,
      premiumAgentMinutes: roundQuantity(change.premiumAgentMinutes),
      costAgentMinutes: roundQuantity(change.costAgentMinutes),
    })),
    repair: presentFigures(result.repair),
    fromScratch: presentFigures(result.fromScratch),
  };
}
