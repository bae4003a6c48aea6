import { describe, expect, it } from "vitest";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { CapacityPlanInvalidError, validateCapacityPlan } from "../../../api/domain/capacity/validate-capacity-plan";
import { demoPlan } from "./demo-plan";

describe("validateCapacityPlan", () => {
  it("accepts the demo plan", () => {
    expect(validateCapacityPlan(demoPlan())).toEqual([]);
  });

  it("names every problem: missing demand, a cohort without a curve, duplicate ids, bad dates", () => {
    const plan = demoPlan();
    const problems = validateCapacityPlan({
      ...plan,
      demand: plan.demand.slice(0, 50),
      agents: [
        ...plan.agents,
        { id: "ih-1", attritionCohort: "vendor-x", contractedMinutesPerWeek: 2400, endDate: "2026-02-30" },
      ],
    });
    expect(problems).toEqual([
      "demand is missing for week(s) starting 2026-12-21, 2026-12-28",
      "attrition cohort vendor-x has no attrition curve",
      "agent id ih-1 appears more than once",
      "agent ih-1 endDate is not a yyyy-MM-dd date: 2026-02-30",
    ]);
  });

  it("makes projectCapacityPlan throw with the problems instead of a partial result", () => {
    const plan = demoPlan({ weekCount: 60 });
    expect(() => projectCapacityPlan(plan)).toThrow(CapacityPlanInvalidError);
    expect(() => projectCapacityPlan(plan)).toThrow(/weekCount must be 1 … 52/);
  });
});
