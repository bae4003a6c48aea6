import { describe, expect, it } from "vitest";
import { flatAttritionCurve } from "../../../api/domain/capacity/attrition-curve";
import type { CapacityWeek } from "../../../api/domain/capacity/capacity-week";
import { formatDateRange } from "../../../api/domain/capacity/gap-episodes";
import { flagGapWeeks, groupFlagRuns } from "../../../api/domain/capacity/gap-flags";
import type { CapacityPlan } from "../../../api/domain/capacity/plan";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { buildWeeklyHorizon } from "../../../api/domain/capacity/weekly-horizon";
import { DEMO_ASSUMPTIONS } from "./demo-plan";

function weeksShort(required: number[], productive: number[]): CapacityWeek[] {
  const { weeks } = buildWeeklyHorizon("2026-01-05", required.length, "UTC", 1);
  return weeks.map(
    (week, index) =>
      ({
        ...week,
        requiredFte: required[index],
        productiveFte: productive[index],
        gapFte: required[index] - productive[index],
      }) as CapacityWeek,
  );
}

/** Ten full-time agents who never leave, against a week-by-week requirement. */
function steadyPlan(requiredFte: number[], overrides: Partial<CapacityPlan> = {}): CapacityPlan {
  const { weeks } = buildWeeklyHorizon("2026-11-02", requiredFte.length, "America/New_York", 1);
  return {
    name: "steady",
    zone: "America/New_York",
    startDate: "2026-11-02",
    weekCount: requiredFte.length,
    firstDayOfWeek: 1,
    assumptions: DEMO_ASSUMPTIONS,
    demand: weeks.map((week, index) => ({ weekStartDate: week.weekStartDate, requiredFte: requiredFte[index] })),
    agents: Array.from({ length: 10 }, (_, index) => ({
      id: `a${index}`,
      attritionCohort: "in-house",
      contractedMinutesPerWeek: 2400,
    })),
    hireClasses: [],
    attritionCurves: [flatAttritionCurve("in-house", 0)],
    hiring: {
      attritionCohort: "in-house",
      contractedMinutesPerWeek: 2400,
      recruitingLeadWeeks: 2,
      trainingWeeks: 2,
      rampFractions: [0.5],
    },
    costs: { annualCostPerFteByCohort: { "in-house": 50_000 }, annualCostPerFteByVendor: {}, currency: "USD" },
    ...overrides,
  };
}

describe("flagGapWeeks", () => {
  it("flags a week only when short by more than the larger of the absolute and relative tolerance", () => {
    // Tolerances: max(1, 3 % × required) = 1, 1, 1.5 (for 50 required).
    const flags = flagGapWeeks(weeksShort([11, 11.2, 50, 51.6], [10, 10, 48.5, 50]), DEMO_ASSUMPTIONS);
    expect(flags.map((flag) => flag.weekIndex)).toEqual([1, 3]);
    expect(flags[1].toleranceFte).toBeCloseTo(1.548, 12);
  });

  it("grades severity by the shortfall's share of required FTE", () => {
    const flags = flagGapWeeks(weeksShort([100, 100, 100], [96, 94, 89]), DEMO_ASSUMPTIONS);
    expect(flags.map((flag) => flag.severity)).toEqual(["low", "medium", "high"]);
  });
});

describe("groupFlagRuns", () => {
  it("bridges a single unflagged week but not two", () => {
    const flags = flagGapWeeks(weeksShort([20, 20, 20, 10, 20, 10, 10, 20], Array(8).fill(10)), DEMO_ASSUMPTIONS);
    expect(groupFlagRuns(flags, 1).map((run) => run.map((flag) => flag.weekIndex))).toEqual([[0, 1, 2, 4], [7]]);
    expect(groupFlagRuns(flags, 0)).toHaveLength(3);
  });
});

describe("gap episodes", () => {
  it("names the dates across New Year with their years", () => {
    expect(formatDateRange("2026-12-28", "2027-01-10")).toBe("December 28, 2026 – January 10, 2027");
    expect(formatDateRange("2026-06-08", "2026-08-30")).toBe("June 8 – August 30");
  });

  it("summarises a demand-driven episode with its peak rounded up", () => {
    const result = projectCapacityPlan(steadyPlan([10, 10, 10, 10, 10, 10, 12.2, 13.4, 12.5, 10]));
    expect(result.episodes.map((episode) => episode.summary)).toEqual([
      "December 14, 2026 – January 3, 2027: up to 4 FTE short, mostly higher demand",
    ]);
  });

  it("recommends a class that starts when training ends by the first short week, recruiting the lead time earlier", () => {
    const [episode] = projectCapacityPlan(steadyPlan([10, 10, 10, 10, 10, 10, 12.2, 13.4, 12.5, 10])).episodes;
    // First short week Dec 14; 2 training weeks → class Nov 30; recruiting 2 weeks earlier. The
    // 1-week ramp at 50 % would need 5 heads for Dec 14's 2.2 FTE, starting a week earlier needs
    // 4 (the peak's 3.4), so the earlier start wins.
    expect(episode.recommendation).toMatchObject({
      classStartDate: "2026-11-23",
      recruitByDate: "2026-11-09",
      classSize: 4,
      isTooLate: false,
    });
  });

  it("says when it is too late to close the first weeks and lists them", () => {
    const plan = steadyPlan([10, 10, 12.2, 13.4, 13.4, 10], { asOfDate: "2026-11-02" });
    const [episode] = projectCapacityPlan(plan).episodes;
    // Earliest class: Nov 2 + 2 weeks = Nov 16, productive Nov 30 at 50 %: Nov 16 and 23 stay short.
    expect(episode.recommendation).toMatchObject({
      isTooLate: true,
      classStartDate: "2026-11-16",
      uncoveredWeekStartDates: ["2026-11-16", "2026-11-23"],
    });
    expect(episode.recommendation.classSize).toBe(7);
  });

  it("sizes a later episode's class after the classes recommended for earlier ones", () => {
    const result = projectCapacityPlan(
      steadyPlan([10, 10, 10, 10, 10, 13, 13, 10, 10, 13, 13, 10, 10, 10, 10, 10, 10, 10, 18, 18]),
    );
    expect(result.episodes.map((episode) => episode.startDate)).toEqual(["2026-12-07", "2027-01-04", "2027-03-08"]);
    const [first, second, third] = result.episodes.map((episode) => episode.recommendation);
    expect(first).toMatchObject({ classSize: 3, isCoveredByEarlierClass: false });
    expect(second).toMatchObject({ classSize: 0, isCoveredByEarlierClass: true });
    // The first class's 3 FTE already stand; 5 more close the 8 FTE short in March.
    expect(third).toMatchObject({ classSize: 5, isCoveredByEarlierClass: false });
  });
});
