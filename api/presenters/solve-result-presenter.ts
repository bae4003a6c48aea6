import type { SolveJobKind } from "../domain/jobs/solve-job";
import type { RosterSolution } from "../domain/roster/model/solution";
import type { ShiftDesignSolution } from "../contracts/shift-design";
import { roundFraction, roundGap, roundNullable, roundQuantity } from "./output-rounding";

/**
 * A roster solution as the CLI prints it and the API answers it: agent-minutes, agents and seconds
 * to 2 decimals, service levels to 4, the relative gap to 6 (output-rounding.ts). Fields this does not
 * know are passed on as they are.
 */
export function presentRosterSolution(solution: RosterSolution): RosterSolution {
  return {
    ...solution,
    objective: {
      total: roundQuantity(solution.objective.total),
      breakdown: solution.objective.breakdown.map((item) => ({
        ...item,
        quantity: roundQuantity(item.quantity),
        cost: roundQuantity(item.cost),
      })),
    },
    lowerBound: roundNullable(solution.lowerBound, roundQuantity),
    absoluteGap: roundNullable(solution.absoluteGap, roundQuantity),
    relativeGap: roundNullable(solution.relativeGap, roundGap),
    solveSeconds: roundQuantity(solution.solveSeconds),
    agentWeeks: solution.agentWeeks.map((week) => ({
      ...week,
      minutes: roundQuantity(week.minutes),
      minMinutes: roundQuantity(week.minMinutes),
      maxMinutes: roundQuantity(week.maxMinutes),
    })),
    coverage: solution.coverage.map((entry) => ({
      ...entry,
      requiredAgents: roundQuantity(entry.requiredAgents),
      scheduledAgents: roundQuantity(entry.scheduledAgents),
      shortAgents: roundQuantity(entry.shortAgents),
      overAgents: roundQuantity(entry.overAgents),
      expectedServiceLevelFraction: roundNullable(entry.expectedServiceLevelFraction, roundFraction),
    })),
    uncovered: solution.uncovered.map((entry) => ({ ...entry, shortAgents: roundQuantity(entry.shortAgents) })),
    warnings: solution.warnings ?? [],
  };
}

/** A shift design as printed and answered: person-minutes and seconds to 2 decimals, the gap to 6. */
export function presentShiftDesignSolution<T extends ShiftDesignSolution>(solution: T): T {
  return {
    ...solution,
    objective: {
      ...solution.objective,
      shortageMinutes: roundQuantity(solution.objective.shortageMinutes),
      excessMinutes: roundQuantity(solution.objective.excessMinutes),
      total: roundQuantity(solution.objective.total),
    },
    lowerBound: roundNullable(solution.lowerBound, roundQuantity),
    relativeGap: roundNullable(solution.relativeGap, roundGap),
    solveSeconds: roundQuantity(solution.solveSeconds),
  };
}

/** A stored job result, presented by its kind; a result of another shape (none yet, an old row) is passed on. */
export function presentSolveResult(kind: SolveJobKind, result: unknown): unknown {
  const isShaped = typeof result === "object" && result !== null && "objective" in result && "solveSeconds" in result;
  if (!isShaped) return result;
  return kind === "roster"
    ? presentRosterSolution(result as RosterSolution)
    : presentShiftDesignSolution(result as ShiftDesignSolution);
}
