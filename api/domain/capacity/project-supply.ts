import { scaledWeeklyHazard } from "./attrition-curve";
import { projectCohortAgents, type AgentSupply } from "./existing-agent-supply";
import { projectHireClass, type HireClassSupply } from "./hire-class-supply";
import type { CapacityPlan } from "./plan";
import type { WeeklyHorizon } from "./weekly-horizon";

export interface ProjectedSupply {
  agents: AgentSupply[];
  hireClasses: HireClassSupply[];
}

/**
 * The hazard of a cohort in a plan week: its curve at the week's week-of-year bucket times the
 * plan's attrition multiplier for the cohort. Throws RangeError for a cohort without a curve.
 */
export function cohortHazardLookup(
  plan: CapacityPlan,
  horizon: WeeklyHorizon,
): (attritionCohort: string) => (weekIndex: number) => number {
  return (attritionCohort) => {
    const curve = plan.attritionCurves.find((candidate) => candidate.attritionCohort === attritionCohort);
    if (!curve) throw new RangeError(`no attrition curve for cohort ${attritionCohort}`);
    const multiplier = plan.assumptions.attritionMultipliers[attritionCohort] ?? 1;
    return (weekIndex) => scaledWeeklyHazard(curve, horizon.weeks[weekIndex].weekOfYear, multiplier);
  };
}

/** Today's agents (cohort by cohort, so known departures offset their own cohort's expected exits) and the planned classes. */
export function projectSupply(plan: CapacityPlan, horizon: WeeklyHorizon): ProjectedSupply {
  const hazardOf = cohortHazardLookup(plan, horizon);
  const fullTime = plan.assumptions.fullTimeMinutesPerWeek;
  const cohorts = [...new Set(plan.agents.map((agent) => agent.attritionCohort))].sort();
  const agents = cohorts.flatMap((cohort) =>
    projectCohortAgents(
      plan.agents.filter((agent) => agent.attritionCohort === cohort),
      horizon,
      fullTime,
      hazardOf(cohort),
    ),
  );
  const hireClasses = plan.hireClasses.map((hireClass) =>
    projectHireClass(hireClass, horizon, fullTime, hazardOf(hireClass.attritionCohort)),
  );
  return { agents, hireClasses };
}
