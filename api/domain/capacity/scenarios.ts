import type { AttritionCurve } from "./attrition-curve";
import type { HiringRecommendation } from "./hiring-recommendation";
import type { CapacityPlan, HireClass, HiringAssumptions } from "./plan";
import { projectCapacityPlan, type CapacityPlanResult } from "./project-capacity-plan";
import type { PlanTotals } from "./plan-totals";

/** A what-if: a copy of the plan with some assumptions changed. Absent fields change nothing. */
export interface CapacityScenario {
  name: string;
  /** Per cohort, multiplies the plan's own multiplier (1.5 = half as many exits again). */
  attritionMultipliers?: Record<string, number>;
  /** Compounds with the plan's growth: (1 + plan)(1 + scenario) − 1. */
  demandGrowthFraction?: number;
  addHireClasses?: HireClass[];
  removeHireClassIds?: string[];
  /** Replaces the curves of the cohorts named (e.g. an edited student curve). */
  attritionCurves?: AttritionCurve[];
}

export interface ScenarioColumn {
  name: string;
  totals: PlanTotals;
  episodeSummaries: string[];
  /** This scenario minus the base plan. */
  versusBase: { totalCost: number; shortFteWeeks: number; peakShortFte: number; plannedHireHeads: number };
}

export interface ScenarioComparisonWeek {
  weekStartDate: string;
  /** One entry per column, in the order of `columns` (the base plan first). */
  requiredFte: number[];
  productiveFte: number[];
  gapFte: number[];
}

export interface ScenarioComparison {
  columns: ScenarioColumn[];
  weeks: ScenarioComparisonWeek[];
}

/** A new plan: the base with the scenario's changes; the base is not modified. */
export function applyScenario(plan: CapacityPlan, scenario: CapacityScenario): CapacityPlan {
  const multipliers = { ...plan.assumptions.attritionMultipliers };
  for (const [cohort, multiplier] of Object.entries(scenario.attritionMultipliers ?? {})) {
    multipliers[cohort] = (multipliers[cohort] ?? 1) * multiplier;
  }
  const removed = new Set(scenario.removeHireClassIds ?? []);
  const replaced = new Map((scenario.attritionCurves ?? []).map((curve) => [curve.attritionCohort, curve]));
  return {
    ...plan,
    name: `${plan.name} · ${scenario.name}`,
    assumptions: {
      ...plan.assumptions,
      attritionMultipliers: multipliers,
      demandGrowthFraction:
        (1 + plan.assumptions.demandGrowthFraction) * (1 + (scenario.demandGrowthFraction ?? 0)) - 1,
    },
    hireClasses: [
      ...plan.hireClasses.filter((hireClass) => !removed.has(hireClass.id)),
      ...(scenario.addHireClasses ?? []),
    ],
    attritionCurves: [
      ...plan.attritionCurves.map((curve) => replaced.get(curve.attritionCohort) ?? curve),
      ...[...replaced.values()].filter(
        (curve) => !plan.attritionCurves.some((own) => own.attritionCohort === curve.attritionCohort),
      ),
    ],
  };
}

/** The planned class a recommendation describes, ready to add to a plan or a scenario. */
export function hireClassFromRecommendation(
  id: string,
  recommendation: HiringRecommendation,
  hiring: HiringAssumptions,
): HireClass {
  return {
    id,
    attritionCohort: recommendation.attritionCohort,
    vendor: recommendation.vendor,
    startDate: recommendation.classStartDate,
    size: recommendation.classSize,
    contractedMinutesPerWeek: hiring.contractedMinutesPerWeek,
    trainingWeeks: hiring.trainingWeeks,
    rampFractions: [...hiring.rampFractions],
  };
}

function column(name: string, result: CapacityPlanResult, base: CapacityPlanResult): ScenarioColumn {
  const difference = (key: "totalCost" | "shortFteWeeks" | "peakShortFte" | "plannedHireHeads") =>
    result.totals[key] - base.totals[key];
  return {
    name,
    totals: result.totals,
    episodeSummaries: result.episodes.map((episode) => episode.summary),
    versusBase: {
      totalCost: difference("totalCost"),
      shortFteWeeks: difference("shortFteWeeks"),
      peakShortFte: difference("peakShortFte"),
      plannedHireHeads: difference("plannedHireHeads"),
    },
  };
}

/** Projects the base plan and each scenario, side by side, week by week. */
export function compareScenarios(
  plan: CapacityPlan,
  scenarios: CapacityScenario[],
  baseName = "Base plan",
): ScenarioComparison {
  const base = projectCapacityPlan(plan);
  const results = [base, ...scenarios.map((scenario) => projectCapacityPlan(applyScenario(plan, scenario)))];
  const names = [baseName, ...scenarios.map((scenario) => scenario.name)];
  return {
    columns: results.map((result, index) => column(names[index], result, base)),
    weeks: base.weeks.map((week, index) => ({
      weekStartDate: week.weekStartDate,
      requiredFte: results.map((result) => result.weeks[index].requiredFte),
      productiveFte: results.map((result) => result.weeks[index].productiveFte),
      gapFte: results.map((result) => result.weeks[index].gapFte),
    })),
  };
}
