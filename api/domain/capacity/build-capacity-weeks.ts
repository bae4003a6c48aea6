import type { CapacityWeek, CohortWeekFigures } from "./capacity-week";
import { annualCostPerFteOf, costGroupOf, weeklyCost } from "./plan-cost";
import type { CapacityPlan } from "./plan";
import type { ProjectedSupply } from "./project-supply";
import { requiredFteForWeek } from "./required-fte";
import type { WeeklyHorizon } from "./weekly-horizon";

export interface CostGroupSeries {
  costGroup: string;
  annualCostPerFte: number | null;
  paidFte: number[];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Paid FTE per week for each cost group (vendor with a rate, else cohort), sorted by name. */
export function paidFteByCostGroup(plan: CapacityPlan, supply: ProjectedSupply, weekCount: number): CostGroupSeries[] {
  const groups = new Map<string, number[]>();
  const add = (group: string, series: number[]) => {
    const totals = groups.get(group) ?? Array<number>(weekCount).fill(0);
    series.forEach((value, week) => (totals[week] += value));
    groups.set(group, totals);
  };
  for (const agent of supply.agents) add(costGroupOf(plan.costs, agent.agent.attritionCohort, agent.agent.vendor), agent.presentFte);
  for (const hire of supply.hireClasses) add(costGroupOf(plan.costs, hire.hireClass.attritionCohort, hire.hireClass.vendor), hire.paidFte);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([costGroup, paidFte]) => ({ costGroup, annualCostPerFte: annualCostPerFteOf(plan.costs, costGroup), paidFte }));
}

function cohortFigures(supply: ProjectedSupply, week: number): CohortWeekFigures[] {
  const cohorts = new Map<string, CohortWeekFigures>();
  const figuresOf = (attritionCohort: string) => {
    const figures = cohorts.get(attritionCohort) ?? { attritionCohort, presentFte: 0, hirePaidFte: 0, hireProductiveFte: 0, exitsFte: 0 };
    cohorts.set(attritionCohort, figures);
    return figures;
  };
  for (const agent of supply.agents) {
    const figures = figuresOf(agent.agent.attritionCohort);
    figures.presentFte += agent.presentFte[week];
    figures.exitsFte += agent.knownDepartureFte[week] + agent.expectedAttritionFte[week];
  }
  for (const hire of supply.hireClasses) {
    const figures = figuresOf(hire.hireClass.attritionCohort);
    figures.hirePaidFte += hire.paidFte[week];
    figures.hireProductiveFte += hire.productiveFte[week];
    figures.exitsFte += hire.attritionFte[week];
  }
  return [...cohorts.values()].sort((a, b) => a.attritionCohort.localeCompare(b.attritionCohort));
}

/** The weekly table: demand against projected supply, with what departures, attrition and hires contribute. */
export function buildCapacityWeeks(plan: CapacityPlan, horizon: WeeklyHorizon, supply: ProjectedSupply, costGroups: CostGroupSeries[]): CapacityWeek[] {
  const demandByWeek = new Map(plan.demand.map((demand) => [demand.weekStartDate, demand]));
  return horizon.weeks.map((week) => {
    const demand = demandByWeek.get(week.weekStartDate);
    if (!demand) throw new RangeError(`no demand for week ${week.weekStartDate}`);
    const at = (series: { [week: number]: number }) => series[week.index];
    const requiredFte = requiredFteForWeek(demand, plan.assumptions);
    const existingPresentFte = sum(supply.agents.map((agent) => at(agent.presentFte)));
    const hireProductiveFte = sum(supply.hireClasses.map((hire) => at(hire.productiveFte)));
    const hirePaidFte = sum(supply.hireClasses.map((hire) => at(hire.paidFte)));
    const productiveFte = existingPresentFte + hireProductiveFte;
    return {
      ...week,
      requiredFte,
      baselineFte: sum(supply.agents.map((agent) => at(agent.baselineFte))),
      knownDepartureFte: sum(supply.agents.map((agent) => at(agent.knownDepartureFte))),
      expectedAttritionFte: sum(supply.agents.map((agent) => at(agent.expectedAttritionFte))),
      hirePaidFte,
      hireProductiveFte,
      hireAttritionFte: sum(supply.hireClasses.map((hire) => at(hire.attritionFte))),
      productiveFte,
      paidFte: existingPresentFte + hirePaidFte,
      gapFte: requiredFte - productiveFte,
      cost: sum(costGroups.map((group) => weeklyCost(at(group.paidFte), group.annualCostPerFte ?? 0))),
      cohorts: cohortFigures(supply, week.index),
    };
  });
}
