import { buildCapacityWeeks, paidFteByCostGroup } from "./build-capacity-weeks";
import { toEpochDay } from "../time/local-date";
import type { CapacityWeek } from "./capacity-week";
import { buildGapEpisodes, type GapEpisode } from "./gap-episodes";
import { flagGapWeeks, type GapFlag } from "./gap-flags";
import type { CapacityPlan } from "./plan";
import { summarisePlan, totalCostByGroup, type CostGroupTotal, type PlanTotals } from "./plan-totals";
import { cohortHazardLookup, projectSupply } from "./project-supply";
import { CapacityPlanInvalidError, validateCapacityPlan } from "./validate-capacity-plan";
import { buildWeeklyHorizon } from "./weekly-horizon";

export interface CapacityPlanResult {
  planName: string;
  zone: string;
  currency: string;
  firstWeekStartDate: string;
  weeks: CapacityWeek[];
  flags: GapFlag[];
  episodes: GapEpisode[];
  costs: CostGroupTotal[];
  totals: PlanTotals;
}

/**
 * Projects a long-range capacity plan (issue 8): weekly required FTE against the supply of today's
 * agents (less known departures and expected cohort attrition) plus planned classes, flags weeks
 * short beyond the tolerance, groups them into explained episodes, and recommends for each the
 * class that closes it. Throws CapacityPlanInvalidError listing every problem of an invalid plan.
 */
export function projectCapacityPlan(plan: CapacityPlan): CapacityPlanResult {
  const problems = validateCapacityPlan(plan);
  if (problems.length > 0) throw new CapacityPlanInvalidError(problems);
  const horizon = buildWeeklyHorizon(plan.startDate, plan.weekCount, plan.zone, plan.firstDayOfWeek);
  const supply = projectSupply(plan, horizon);
  const costGroups = paidFteByCostGroup(plan, supply, horizon.weeks.length);
  const weeks = buildCapacityWeeks(plan, horizon, supply, costGroups);
  const flags = flagGapWeeks(weeks, plan.assumptions);
  const asOfEpochDay = plan.asOfDate ? toEpochDay(plan.asOfDate) : horizon.firstEpochDay;
  const earliestClassDay = asOfEpochDay + 7 * plan.hiring.recruitingLeadWeeks;
  const episodes = buildGapEpisodes(flags, weeks, plan.assumptions.episodeBridgeWeeks, {
    horizon,
    hiring: plan.hiring,
    fullTimeMinutesPerWeek: plan.assumptions.fullTimeMinutesPerWeek,
    earliestStartWeekIndex: Math.ceil((earliestClassDay - horizon.firstEpochDay) / 7),
    hazardOfWeek: cohortHazardLookup(plan, horizon)(plan.hiring.attritionCohort),
  });
  const costs = totalCostByGroup(costGroups);
  return {
    planName: plan.name,
    zone: plan.zone,
    currency: plan.costs.currency,
    firstWeekStartDate: horizon.weeks[0].weekStartDate,
    weeks,
    flags,
    episodes,
    costs,
    totals: summarisePlan(weeks, flags, episodes, plan.hireClasses, costs),
  };
}
