import type { CapacityAssumptions, DemandWeek } from "./plan";

/**
 * Required FTE in a week. Given scheduled agent-hours (the staffing engine's interval requirements
 * summed over the week, shrinkage included), FTE = hours ÷ productive hours per FTE × (1 +
 * schedule-efficiency fraction), because rosters built from whole shifts never fit the requirement
 * curve exactly. Given required FTE directly, it is taken as already including that allowance.
 * Either is then scaled by the plan's demand growth. Throws RangeError when a week has neither.
 */
export function requiredFteForWeek(demand: DemandWeek, assumptions: CapacityAssumptions): number {
  const growth = 1 + assumptions.demandGrowthFraction;
  if (demand.requiredFte !== undefined && demand.requiredFte !== null) return demand.requiredFte * growth;
  if (demand.scheduledAgentHours === undefined || demand.scheduledAgentHours === null) {
    throw new RangeError(`demand for week ${demand.weekStartDate} has neither requiredFte nor scheduledAgentHours`);
  }
  const fteBeforeEfficiency = demand.scheduledAgentHours / assumptions.productiveHoursPerFtePerWeek;
  return fteBeforeEfficiency * (1 + assumptions.scheduleEfficiencyFraction) * growth;
}
