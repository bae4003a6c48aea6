import type { PlanWeek } from "./weekly-horizon";

/** One cohort's share of a plan week, in FTE; `exitsFte` adds known departures, expected attrition and hires lost. */
export interface CohortWeekFigures {
  attritionCohort: string;
  presentFte: number;
  hirePaidFte: number;
  hireProductiveFte: number;
  exitsFte: number;
}

/**
 * A row of the weekly table. Identities (tested): productiveFte = baselineFte − knownDepartureFte −
 * expectedAttritionFte + hireProductiveFte, and gapFte = requiredFte − productiveFte (positive:
 * short). Departure and attrition figures are how much FTE is missing in that week, so they grow
 * over the horizon; the chart can stack them to show what each took away.
 */
export interface CapacityWeek extends PlanWeek {
  requiredFte: number;
  /** Today's agents at their contracts, as if nobody left. */
  baselineFte: number;
  knownDepartureFte: number;
  expectedAttritionFte: number;
  hirePaidFte: number;
  hireProductiveFte: number;
  hireAttritionFte: number;
  productiveFte: number;
  paidFte: number;
  gapFte: number;
  /** Cost of the paid FTE this week, in the plan's currency. */
  cost: number;
  cohorts: CohortWeekFigures[];
}
