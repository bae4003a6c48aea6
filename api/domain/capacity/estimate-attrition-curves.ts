import type { AttritionCurve } from "./attrition-curve";
import { toEpochDay } from "../time/local-date";
import { credibilityWeightedRates } from "./credibility";
import { smoothCircular } from "./circular-smoothing";
import { weekOfYearIndex, WEEKS_PER_CURVE } from "./week-of-year";

/** An agent in the departure history; `endDate` is the last day employed (null: still employed). */
export interface HistoryAgent {
  id: string;
  attritionCohort: string;
  hireDate?: string | null;
  endDate?: string | null;
}

export interface AttritionHistory {
  agents: HistoryAgent[];
  /** First day of the history; weeks run in 7-day steps from it. */
  fromDate: string;
  /** Last day of the history (inclusive); a trailing partial week is left out. */
  toDate: string;
  /** Half-width of the triangular smoothing kernel in weeks (default 1: the 1-2-1 filter). */
  smoothingHalfWidthWeeks?: number;
}

export interface EstimatedAttritionCurve extends AttritionCurve {
  source: "estimated";
  departures: number;
  agentWeeksAtRisk: number;
  overallWeeklyHazardFraction: number;
  credibilityK: number | null;
  /** Raw counts per week-of-year bucket, summed over the history's years. */
  departuresByWeekOfYear: number[];
  agentsAtRiskByWeekOfYear: number[];
}

interface CohortCounts {
  departures: number[];
  atRisk: number[];
}

/**
 * Counts, per cohort and week-of-year bucket, the agents at risk (employed at the start of a history
 * week) and those of them who left during that week (last day employed inside it).
 */
function countDeparturesAtRisk(history: AttritionHistory): Map<string, CohortCounts> {
  const fromEpochDay = toEpochDay(history.fromDate);
  const weekCount = Math.floor((toEpochDay(history.toDate) + 1 - fromEpochDay) / 7);
  const bucketOfWeek = Array.from({ length: weekCount }, (_, week) => weekOfYearIndex(fromEpochDay + 7 * week));
  const counts = new Map<string, CohortCounts>();
  for (const agent of history.agents) {
    const cohort = counts.get(agent.attritionCohort) ?? {
      departures: Array(WEEKS_PER_CURVE).fill(0),
      atRisk: Array(WEEKS_PER_CURVE).fill(0),
    };
    counts.set(agent.attritionCohort, cohort);
    const hiredEpochDay = agent.hireDate ? toEpochDay(agent.hireDate) : -Infinity;
    const goneEpochDay = agent.endDate ? toEpochDay(agent.endDate) + 1 : Infinity;
    const firstWeek = Math.max(0, Math.ceil((hiredEpochDay - fromEpochDay) / 7));
    const pastLastWeek = Math.min(weekCount, Math.ceil((goneEpochDay - fromEpochDay) / 7));
    for (let week = firstWeek; week < pastLastWeek; week += 1) {
      cohort.atRisk[bucketOfWeek[week]] += 1;
      if (goneEpochDay <= fromEpochDay + 7 * (week + 1)) cohort.departures[bucketOfWeek[week]] += 1;
    }
  }
  return counts;
}

/**
 * Estimates each cohort's weekly hazard curve from its own history: departures ÷ agents at risk
 * per week-of-year bucket (pooled over years), pulled toward the cohort's overall weekly rate by
 * Bühlmann–Straub credibility where a bucket has few agents at risk (credibility.ts), then smoothed
 * across neighbouring weeks with a wrapping triangular kernel (circular-smoothing.ts). Cohorts come
 * out sorted by name; a cohort with no agent-weeks at risk gets an all-zero curve.
 */
export function estimateAttritionCurves(history: AttritionHistory): EstimatedAttritionCurve[] {
  const halfWidth = history.smoothingHalfWidthWeeks ?? 1;
  const counts = countDeparturesAtRisk(history);
  return [...counts.keys()].sort().map((attritionCohort) => {
    const { departures, atRisk } = counts.get(attritionCohort) as CohortCounts;
    const groups = departures.map((events, index) => ({ events, exposure: atRisk[index] }));
    const credible = credibilityWeightedRates(groups);
    const hazards = smoothCircular(credible.rates, halfWidth);
    return {
      attritionCohort,
      weeklyHazardFractions: hazards,
      source: "estimated",
      departures: departures.reduce((sum, value) => sum + value, 0),
      agentWeeksAtRisk: atRisk.reduce((sum, value) => sum + value, 0),
      overallWeeklyHazardFraction: credible.overallRate,
      credibilityK: credible.credibilityK,
      departuresByWeekOfYear: departures,
      agentsAtRiskByWeekOfYear: atRisk,
    };
  });
}
