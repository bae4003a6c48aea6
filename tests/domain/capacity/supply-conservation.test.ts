import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AttritionCurve } from "../../../api/domain/capacity/attrition-curve";
import { fromEpochDay, toEpochDay } from "../../../api/domain/time/local-date";
import { projectCohortAgents } from "../../../api/domain/capacity/existing-agent-supply";
import { productivityFraction } from "../../../api/domain/capacity/hire-class-ramp";
import type { CapacityAgent, CapacityPlan, HireClass } from "../../../api/domain/capacity/plan";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { buildWeeklyHorizon } from "../../../api/domain/capacity/weekly-horizon";
import { DEMO_ASSUMPTIONS, demoDemand } from "./demo-plan";

const START = "2026-01-05";
const startDay = toEpochDay(START);
const cohorts = ["a", "b"] as const;
const dayOffset = (min: number, max: number) => fc.integer({ min, max }).map((days) => fromEpochDay(startDay + days));

const agentArbitrary = fc.record({
  attritionCohort: fc.constantFrom(...cohorts),
  contractedMinutesPerWeek: fc.constantFrom(600, 1200, 1800, 2400),
  hireDate: fc.option(dayOffset(-60, 60), { nil: null }),
  endDate: fc.option(dayOffset(-20, 150), { nil: null }),
});
const hireClassArbitrary = fc.record({
  attritionCohort: fc.constantFrom(...cohorts),
  startDate: dayOffset(-30, 140),
  size: fc.integer({ min: 0, max: 12 }),
  contractedMinutesPerWeek: fc.constantFrom(1200, 2400),
  trainingWeeks: fc.integer({ min: 0, max: 4 }),
  rampFractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
});
const curveArbitrary = (attritionCohort: string, maxHazard: number) =>
  fc
    .array(fc.double({ min: 0, max: maxHazard, noNaN: true }), { minLength: 52, maxLength: 52 })
    .map((weeklyHazardFractions): AttritionCurve => ({ attritionCohort, weeklyHazardFractions, source: "manual" }));

function planOf(
  agents: Omit<CapacityAgent, "id">[],
  classes: Omit<HireClass, "id">[],
  curves: AttritionCurve[],
  weekCount: number,
): CapacityPlan {
  return {
    name: "property",
    zone: "UTC",
    startDate: START,
    weekCount,
    firstDayOfWeek: 1,
    assumptions: DEMO_ASSUMPTIONS,
    demand: demoDemand(START, weekCount, 10),
    agents: agents
      .map((agent, index) => ({ ...agent, id: `agent-${index}` }))
      .filter((agent) => !agent.hireDate || !agent.endDate || agent.endDate >= agent.hireDate),
    hireClasses: classes.map((hireClass, index) => ({ ...hireClass, id: `class-${index}` })),
    attritionCurves: curves,
    hiring: {
      attritionCohort: "a",
      contractedMinutesPerWeek: 2400,
      recruitingLeadWeeks: 2,
      trainingWeeks: 1,
      rampFractions: [],
    },
    costs: { annualCostPerFteByCohort: {}, annualCostPerFteByVendor: {}, currency: "EUR" },
  };
}

const planArbitrary = (maxHazard: number) =>
  fc
    .tuple(
      fc.array(agentArbitrary, { maxLength: 15 }),
      fc.array(hireClassArbitrary, { maxLength: 3 }),
      curveArbitrary("a", maxHazard),
      curveArbitrary("b", maxHazard),
      fc.integer({ min: 1, max: 26 }),
    )
    .map(([agents, classes, curveA, curveB, weekCount]) => planOf(agents, classes, [curveA, curveB], weekCount));

const settings = { seed: 8, numRuns: 150 };

describe("capacity supply conservation", () => {
  it("never projects negative supply, and productive never exceeds paid", () => {
    fc.assert(
      fc.property(planArbitrary(0.5), (plan) =>
        projectCapacityPlan(plan).weeks.every(
          (week) =>
            week.productiveFte >= -1e-12 &&
            week.paidFte >= week.productiveFte - 1e-9 &&
            week.knownDepartureFte >= -1e-12 &&
            week.expectedAttritionFte >= -1e-12,
        ),
      ),
      settings,
    );
  });

  it("balances every week: baseline − known departures − expected attrition + hires = productive", () => {
    fc.assert(
      fc.property(planArbitrary(0.3), (plan) =>
        projectCapacityPlan(plan).weeks.every(
          (week) =>
            Math.abs(
              week.baselineFte -
                week.knownDepartureFte -
                week.expectedAttritionFte +
                week.hireProductiveFte -
                week.productiveFte,
            ) < 1e-9,
        ),
      ),
      settings,
    );
  });

  it("adds exactly each class's ramped FTE when nobody leaves", () => {
    fc.assert(
      fc.property(planArbitrary(0), (plan) => {
        const withClasses = projectCapacityPlan(plan);
        const without = projectCapacityPlan({ ...plan, hireClasses: [] });
        const horizon = buildWeeklyHorizon(plan.startDate, plan.weekCount, plan.zone, plan.firstDayOfWeek);
        return withClasses.weeks.every((week, index) => {
          const expected = plan.hireClasses.reduce((sum, hireClass) => {
            const startWeek = Math.floor((toEpochDay(hireClass.startDate) - horizon.firstEpochDay) / 7);
            const fte = (hireClass.size * hireClass.contractedMinutesPerWeek) / plan.assumptions.fullTimeMinutesPerWeek;
            return index < startWeek
              ? sum
              : sum + fte * productivityFraction(index - startWeek, hireClass.trainingWeeks, hireClass.rampFractions);
          }, 0);
          return Math.abs(week.productiveFte - without.weeks[index].productiveFte - expected) < 1e-9;
        });
      }),
      settings,
    );
  });

  it("adds hires on top of today's agents without changing their projection", () => {
    fc.assert(
      fc.property(planArbitrary(0.3), (plan) => {
        const withClasses = projectCapacityPlan(plan);
        const without = projectCapacityPlan({ ...plan, hireClasses: [] });
        return withClasses.weeks.every(
          (week, index) =>
            Math.abs(week.productiveFte - week.hireProductiveFte - without.weeks[index].productiveFte) < 1e-9,
        );
      }),
      settings,
    );
  });
});

describe("known departures and expected attrition", () => {
  const horizon = buildWeeklyHorizon(START, 20, "UTC", 1);
  const cohortArbitrary = fc.tuple(
    fc.array(
      fc.record({
        contractedMinutesPerWeek: fc.constantFrom(1200, 2400),
        endDate: fc.option(dayOffset(0, 160), { nil: null }),
      }),
      { minLength: 1, maxLength: 20 },
    ),
    fc.array(fc.double({ min: 0, max: 0.4, noNaN: true }), { minLength: 20, maxLength: 20 }),
  );

  it("never applies the hazard to an agent with a known end date", () => {
    fc.assert(
      fc.property(cohortArbitrary, ([raw, hazards]) => {
        const agents = raw.map((agent, index) => ({ ...agent, id: `x${index}`, attritionCohort: "x" }));
        const supplies = projectCohortAgents(agents, horizon, 2400, (week) => hazards[week]);
        return supplies
          .filter((supply) => supply.agent.endDate)
          .every((supply) => supply.expectedAttritionFte.every((fte) => fte === 0));
      }),
      settings,
    );
  });

  it("counts known leavers among a week's expected exits, not on top of them", () => {
    fc.assert(
      fc.property(cohortArbitrary, ([raw, hazards]) => {
        const agents = raw.map((agent, index) => ({ ...agent, id: `x${index}`, attritionCohort: "x" }));
        const supplies = projectCohortAgents(agents, horizon, 2400, (week) => hazards[week]);
        const unknown = supplies.filter((supply) => !supply.agent.endDate);
        const known = supplies.filter((supply) => supply.agent.endDate);
        return horizon.weeks.slice(0, -1).every((week) => {
          const fte = (supply: (typeof supplies)[number]) => supply.agent.contractedMinutesPerWeek / 2400;
          const goneDay = (supply: (typeof supplies)[number]) => toEpochDay(supply.agent.endDate as string) + 1;
          const unknownFte = unknown.reduce((sum, supply) => sum + supply.presentFte[week.index], 0);
          const nextUnknownFte = unknown.reduce((sum, supply) => sum + supply.presentFte[week.index + 1], 0);
          const atRisk = known.filter((supply) => goneDay(supply) > week.startEpochDay);
          const knownAtRiskFte = atRisk.reduce((sum, supply) => sum + fte(supply), 0);
          const leavingFte = atRisk
            .filter((supply) => goneDay(supply) <= week.startEpochDay + 7)
            .reduce((sum, supply) => sum + fte(supply), 0);
          const expectedExtra = Math.min(
            unknownFte,
            Math.max(0, hazards[week.index] * (unknownFte + knownAtRiskFte) - leavingFte),
          );
          return Math.abs(unknownFte - nextUnknownFte - expectedExtra) < 1e-9;
        });
      }),
      settings,
    );
  });

  it("loses exactly the known departures from a cohort whose every agent has an end date", () => {
    const agents: CapacityAgent[] = [
      { id: "s1", attritionCohort: "student", contractedMinutesPerWeek: 1200, endDate: "2026-01-20" },
      { id: "s2", attritionCohort: "student", contractedMinutesPerWeek: 1200, endDate: "2026-03-01" },
    ];
    const supplies = projectCohortAgents(agents, horizon, 2400, () => 0.3);
    expect(supplies.flatMap((supply) => supply.expectedAttritionFte).every((fte) => fte === 0)).toBe(true);
    // s1 works Mon 19 and Tue 20 January, 2 of the 7 days of week 2, at half time.
    expect(supplies[0].presentFte.slice(0, 4)).toEqual([0.5, 0.5, 0.5 * (2 / 7), 0]);
  });
});
