/**
 * The inputs of a long-range capacity plan (issue 8): who works today, who is known to leave, who
 * is planned to join, how each attrition cohort leaves over the year, and what demand to meet.
 * Dates are calendar dates (yyyy-MM-dd) in the organisation's zone; `endDate` is the last day
 * employed, as HR systems record it (the agent is gone from the next day on).
 */
import type { AttritionCurve } from "./attrition-curve";

export interface CapacityAgent {
  id: string;
  attritionCohort: string;
  /** The outsourcing partner, if any: picks the vendor's cost rate over the cohort's. */
  vendor?: string | null;
  contractedMinutesPerWeek: number;
  /** First day employed; absent means employed before the horizon starts. */
  hireDate?: string | null;
  /** Last day employed (a known departure); absent or null means no known end. */
  endDate?: string | null;
}

/** A planned training class: trainees are paid from `startDate`, productive after training and ramp. */
export interface HireClass {
  id: string;
  attritionCohort: string;
  vendor?: string | null;
  /** First training day; the class joins in the plan week that contains it. */
  startDate: string;
  /** Heads expected to start (or, for a class that started before the horizon, heads still in it). */
  size: number;
  contractedMinutesPerWeek: number;
  trainingWeeks: number;
  /** Productivity in each week after training (0–1); full productivity afterwards. */
  rampFractions: number[];
}

/** One week's demand: required FTE directly, or scheduled agent-hours (shrinkage included). */
export interface DemandWeek {
  weekStartDate: string;
  requiredFte?: number;
  scheduledAgentHours?: number;
}

/** How a new class would be hired to close a gap (used for the recommendations). */
export interface HiringAssumptions {
  attritionCohort: string;
  vendor?: string | null;
  contractedMinutesPerWeek: number;
  /** Weeks from opening the requisition to the first training day. */
  recruitingLeadWeeks: number;
  trainingWeeks: number;
  rampFractions: number[];
}

export interface SeverityThresholds {
  /** Shortfall as a fraction of required FTE at or above which a week is `medium`. */
  mediumFraction: number;
  /** … and `high`. */
  highFraction: number;
}

export interface CapacityAssumptions {
  /** Contracted minutes of one full-time agent, e.g. 2400 for 40 hours. */
  fullTimeMinutesPerWeek: number;
  /** Scheduled hours one FTE covers in a week (contract minus shrinkage not already in demand). */
  productiveHoursPerFtePerWeek: number;
  /** Extra FTE because rosters never fit the requirement curve exactly (0.10 = 10 %). */
  scheduleEfficiencyFraction: number;
  /** A week is flagged when short by more than max(gapToleranceFte, gapToleranceFraction × required). */
  gapToleranceFraction: number;
  gapToleranceFte: number;
  severity: SeverityThresholds;
  /** Flagged weeks separated by at most this many unflagged weeks form one episode. */
  episodeBridgeWeeks: number;
  /** Multiplies a cohort's weekly hazard (1 = the curve as given); missing cohorts use 1. */
  attritionMultipliers: Record<string, number>;
  /** Scales every week's demand (0.05 = 5 % more). */
  demandGrowthFraction: number;
}

export interface CostRates {
  annualCostPerFteByCohort: Record<string, number>;
  /** Wins over the cohort's rate for agents and classes of that vendor. */
  annualCostPerFteByVendor: Record<string, number>;
  currency: string;
}

export interface CapacityPlan {
  name: string;
  /** IANA zone of the organisation: weeks start at local midnight there. */
  zone: string;
  /** The plan starts on the week that contains this date. */
  startDate: string;
  weekCount: number;
  /** ISO weekday weeks start on: 1 = Monday … 7 = Sunday. */
  firstDayOfWeek: number;
  /** Today: recruiting cannot start before it (defaults to the first plan week). */
  asOfDate?: string | null;
  assumptions: CapacityAssumptions;
  demand: DemandWeek[];
  agents: CapacityAgent[];
  hireClasses: HireClass[];
  attritionCurves: AttritionCurve[];
  hiring: HiringAssumptions;
  costs: CostRates;
}

export const MAX_PLAN_WEEKS = 52;
