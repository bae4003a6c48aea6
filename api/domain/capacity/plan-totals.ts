import type { CostGroupSeries } from "./build-capacity-weeks";
import type { CapacityWeek } from "./capacity-week";
import type { GapEpisode } from "./gap-episodes";
import type { GapFlag } from "./gap-flags";
import { weeklyCost } from "./plan-cost";
import type { HireClass } from "./plan";

/** The plan's cost per cost group (vendor or cohort) over the horizon. */
export interface CostGroupTotal {
  costGroup: string;
  annualCostPerFte: number | null;
  averagePaidFte: number;
  totalCost: number;
}

/** Headline figures, for the scenario comparison and the page's summary. */
export interface PlanTotals {
  weekCount: number;
  averageRequiredFte: number;
  averageProductiveFte: number;
  endingProductiveFte: number;
  peakShortFte: number;
  /** Σ of positive weekly gaps, in FTE-weeks. */
  shortFteWeeks: number;
  flaggedWeekCount: number;
  episodeCount: number;
  plannedHireHeads: number;
  totalCost: number;
  /** Cost groups with paid FTE but no rate: counted at 0, so the total cost is understated. */
  uncostedGroups: string[];
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

export function totalCostByGroup(groups: CostGroupSeries[]): CostGroupTotal[] {
  return groups.map((group) => ({
    costGroup: group.costGroup,
    annualCostPerFte: group.annualCostPerFte,
    averagePaidFte: mean(group.paidFte),
    totalCost: group.paidFte.reduce((sum, fte) => sum + weeklyCost(fte, group.annualCostPerFte ?? 0), 0),
  }));
}

export function summarisePlan(
  weeks: CapacityWeek[],
  flags: GapFlag[],
  episodes: GapEpisode[],
  hireClasses: HireClass[],
  costs: CostGroupTotal[],
): PlanTotals {
  const shortfalls = weeks.map((week) => Math.max(0, week.gapFte));
  return {
    weekCount: weeks.length,
    averageRequiredFte: mean(weeks.map((week) => week.requiredFte)),
    averageProductiveFte: mean(weeks.map((week) => week.productiveFte)),
    endingProductiveFte: weeks.at(-1)?.productiveFte ?? 0,
    peakShortFte: Math.max(0, ...shortfalls),
    shortFteWeeks: shortfalls.reduce((sum, value) => sum + value, 0),
    flaggedWeekCount: flags.length,
    episodeCount: episodes.length,
    plannedHireHeads: hireClasses.reduce((sum, hireClass) => sum + hireClass.size, 0),
    totalCost: costs.reduce((sum, group) => sum + group.totalCost, 0),
    uncostedGroups: costs
      .filter((group) => group.annualCostPerFte === null && group.averagePaidFte > 0)
      .map((group) => group.costGroup),
  };
}
