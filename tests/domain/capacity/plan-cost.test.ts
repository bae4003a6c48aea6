import { describe, expect, it } from "vitest";
import { annualCostPerFteOf, costGroupOf, weeklyCost } from "../../../api/domain/capacity/plan-cost";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { demoPlan } from "./demo-plan";

const costs = {
  annualCostPerFteByCohort: { "in-house": 52_000, student: 38_000 },
  annualCostPerFteByVendor: { "acme-bpo": 30_000 },
  currency: "EUR",
};

describe("plan cost", () => {
  it("prices an agent at the vendor's rate when the vendor has one, else at the cohort's", () => {
    expect(costGroupOf(costs, "bpo", "acme-bpo")).toBe("acme-bpo");
    expect(costGroupOf(costs, "student", "unknown-vendor")).toBe("student");
    expect(annualCostPerFteOf(costs, "acme-bpo")).toBe(30_000);
    expect(annualCostPerFteOf(costs, "nobody")).toBeNull();
  });

  it("charges a week as 7 ÷ 365.25 of the annual cost per paid FTE", () => {
    expect(weeklyCost(10, 52_000)).toBeCloseTo((10 * 52_000 * 7) / 365.25, 9);
  });

  it("adds up to the cost of the paid FTE of every week, per cost group and in total", () => {
    const result = projectCapacityPlan(
      demoPlan({ costs: { ...costs, annualCostPerFteByCohort: { student: 38_000 } } }),
    );
    const weeklyTotal = result.weeks.reduce((sum, week) => sum + week.cost, 0);
    expect(result.totals.totalCost).toBeCloseTo(weeklyTotal, 6);
    expect(result.costs.map((group) => group.costGroup)).toEqual(["in-house", "student"]);
    expect(result.totals.uncostedGroups).toEqual(["in-house"]);
  });
});
