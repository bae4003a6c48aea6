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
  for (const agent of supply.agents)
    add(costGroupOf(plan.costs, agent.agent.attritionCohort, agent.agent.vendor), agent.presentFte);
  for (const hire of supply.hireClasses)
    add(costGroupOf(plan.costs, hire.hireClass.attritionCohort, hire.hireClass.vendor), hire.paidFte);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([costGroup, paidFte]) => ({
      costGroup,
      annualCostPerFte: annualCostPerFteOf(plan.costs, costGroup),
      paidFte,
    }));
}

/** Element-wise sum of weekly series (each `weekCount` long). */
function addSeries(series: number[][], weekCount: number): number[] {
  const totals = Array<number>(weekCount).fill(0);
  for (const values of series) for (let week = 0; week < weekCount; week += 1) totals[week] += values[week];
  return totals;
}

type CohortSeriesLists = Record<"present" | "hirePaid" | "hireProductive" | "exits", number[][]>;

/** Per cohort, the weekly series to add up: present, hired paid and productive FTE, and exits. */
function cohortSeries(supply: ProjectedSupply): Map<string, CohortSeriesLists> {
  const cohorts = new Map<string, CohortSeriesLists>();
  const seriesOf = (cohort: string) => {
    const series = cohorts.get(cohort) ?? { present: [], hirePaid: [], hireProductive: [], exits: [] };
    cohorts.set(cohort, series);
    return series;
  };
  for (const agent of supply.agents) {
    const series = seriesOf(agent.agent.attritionCohort);
    series.present.push(agent.presentFte);
    series.exits.push(agent.knownDepartureFte, agent.expectedAttritionFte);
  }
  for (const hire of supply.hireClasses) {
    const series = seriesOf(hire.hireClass.attritionCohort);
    series.hirePaid.push(hire.paidFte);
    series.hireProductive.push(hire.productiveFte);
    series.exits.push(hire.attritionFte);
  }
  return cohorts;
}

function cohortFigures(supply: ProjectedSupply, weekCount: number): CohortWeekFigures[][] {
  const byWeek: CohortWeekFigures[][] = Array.from({ length: weekCount }, () => []);
  const cohorts = [...cohortSeries(supply).entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [attritionCohort, series] of cohorts) {
    const [present, hirePaid, hireProductive, exits] = [
      series.present,
      series.hirePaid,
      series.hireProductive,
      series.exits,
    ].map((list) => addSeries(list, weekCount));
    byWeek.forEach((figures, week) =>
      figures.push({
        attritionCohort,
        presentFte: present[week],
        hirePaidFte: hirePaid[week],
        hireProductiveFte: hireProductive[week],
        exitsFte: exits[week],
      }),
    );
  }
  return byWeek;
}

/** The weekly table: demand against projected supply, with what departures, attrition and hires contribute. */
export function buildCapacityWeeks(
  plan: CapacityPlan,
  horizon: WeeklyHorizon,
  supply: ProjectedSupply,
  costGroups: CostGroupSeries[],
): CapacityWeek[] {
  const weekCount = horizon.weeks.length;
  const demandByWeek = new Map(plan.demand.map((demand) => [demand.weekStartDate, demand]));
  const total = (pick: (series: ProjectedSupply) => number[][]) => addSeries(pick(supply), weekCount);
  const present = total((s) => s.agents.map((agent) => agent.presentFte));
  const baseline = total((s) => s.agents.map((agent) => agent.baselineFte));
  const known = total((s) => s.agents.map((agent) => agent.knownDepartureFte));
  const expected = total((s) => s.agents.map((agent) => agent.expectedAttritionFte));
  const hirePaid = total((s) => s.hireClasses.map((hire) => hire.paidFte));
  const hireProductive = total((s) => s.hireClasses.map((hire) => hire.productiveFte));
  const hireAttrition = total((s) => s.hireClasses.map((hire) => hire.attritionFte));
  const cohorts = cohortFigures(supply, weekCount);
  return horizon.weeks.map((week) => {
    const demand = demandByWeek.get(week.weekStartDate);
    if (!demand) throw new RangeError(`no demand for week ${week.weekStartDate}`);
    const i = week.index;
    const requiredFte = requiredFteForWeek(demand, plan.assumptions);
    const productiveFte = present[i] + hireProductive[i];
    return {
      ...week,
      requiredFte,
      baselineFte: baseline[i],
      knownDepartureFte: known[i],
      expectedAttritionFte: expected[i],
      hirePaidFte: hirePaid[i],
      hireProductiveFte: hireProductive[i],
      hireAttritionFte: hireAttrition[i],
      productiveFte,
      paidFte: present[i] + hirePaid[i],
      gapFte: requiredFte - productiveFte,
      cost: sum(costGroups.map((group) => weeklyCost(group.paidFte[i], group.annualCostPerFte ?? 0))),
      cohorts: cohorts[i],
    };
  });
}
