import { flatAttritionCurve, withSeasonalExit } from "../../../api/domain/capacity/attrition-curve";
import type { CapacityAgent, CapacityAssumptions, CapacityPlan, DemandWeek } from "../../../api/domain/capacity/plan";
import { buildWeeklyHorizon } from "../../../api/domain/capacity/weekly-horizon";

/**
 * A demo-like contact center for 2026 (issue 8): 60 full-time in-house agents leaving at 18 % a
 * year, 50 half-time students who also leave at 10 % a year and lose a further 40 % over
 * week-of-year buckets 23–30 (June 4 – July 29), a back-to-school student class in August, and
 * demand of 80 FTE given as scheduled agent-hours (80 ÷ 1.1 × 32 h, so the 10 % schedule-efficiency
 * allowance brings it back to 80). New in-house classes take 6 weeks to recruit and 4 to train.
 */
export const DEMO_ASSUMPTIONS: CapacityAssumptions = {
  fullTimeMinutesPerWeek: 2400,
  productiveHoursPerFtePerWeek: 32,
  scheduleEfficiencyFraction: 0.1,
  gapToleranceFraction: 0.03,
  gapToleranceFte: 1,
  severity: { mediumFraction: 0.05, highFraction: 0.1 },
  episodeBridgeWeeks: 1,
  attritionMultipliers: {},
  demandGrowthFraction: 0,
};

export const DEMO_STUDENT_CURVE = withSeasonalExit(flatAttritionCurve("student", 0.1), 23, 30, 0.4);

function agents(
  prefix: string,
  count: number,
  attritionCohort: string,
  contractedMinutesPerWeek: number,
): CapacityAgent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    attritionCohort,
    contractedMinutesPerWeek,
    hireDate: "2024-09-02",
  }));
}

export function demoDemand(startDate: string, weekCount: number, requiredFte = 80): DemandWeek[] {
  const horizon = buildWeeklyHorizon(startDate, weekCount, "Europe/Amsterdam", 1);
  return horizon.weeks.map((week) => ({
    weekStartDate: week.weekStartDate,
    scheduledAgentHours: (requiredFte / 1.1) * 32,
  }));
}

export function demoPlan(overrides: Partial<CapacityPlan> = {}): CapacityPlan {
  return {
    name: "Demo 2026",
    zone: "Europe/Amsterdam",
    startDate: "2026-01-05",
    weekCount: 52,
    firstDayOfWeek: 1,
    asOfDate: "2026-01-05",
    assumptions: DEMO_ASSUMPTIONS,
    demand: demoDemand("2026-01-05", 52),
    agents: [...agents("ih", 60, "in-house", 2400), ...agents("st", 50, "student", 1200)],
    hireClasses: [
      {
        id: "back-to-school",
        attritionCohort: "student",
        startDate: "2026-08-10",
        size: 30,
        contractedMinutesPerWeek: 1200,
        trainingWeeks: 2,
        rampFractions: [0.6],
      },
      {
        id: "autumn-in-house",
        attritionCohort: "in-house",
        startDate: "2026-08-31",
        size: 10,
        contractedMinutesPerWeek: 2400,
        trainingWeeks: 4,
        rampFractions: [0.5, 0.75],
      },
    ],
    attritionCurves: [flatAttritionCurve("in-house", 0.18), DEMO_STUDENT_CURVE],
    hiring: {
      attritionCohort: "in-house",
      contractedMinutesPerWeek: 2400,
      recruitingLeadWeeks: 6,
      trainingWeeks: 4,
      rampFractions: [0.5, 0.75],
    },
    costs: {
      annualCostPerFteByCohort: { "in-house": 52_000, student: 38_000 },
      annualCostPerFteByVendor: {},
      currency: "EUR",
    },
    ...overrides,
  };
}
