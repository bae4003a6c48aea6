import { describe, expect, it } from "vitest";
import { applyScenario, compareScenarios } from "../../../api/domain/capacity/scenarios";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { demoPlan } from "./demo-plan";

describe("capacity scenarios", () => {
  const plan = demoPlan({
    assumptions: { ...demoPlan().assumptions, attritionMultipliers: { student: 2 }, demandGrowthFraction: 0.1 },
  });

  it("copies the plan and leaves the base untouched", () => {
    const before = JSON.stringify(plan);
    const scenario = applyScenario(plan, {
      name: "lean",
      attritionMultipliers: { student: 1.5, "in-house": 0.5 },
      demandGrowthFraction: 0.1,
      removeHireClassIds: ["back-to-school"],
    });
    expect(JSON.stringify(plan)).toBe(before);
    expect(scenario.assumptions.attritionMultipliers).toEqual({ student: 3, "in-house": 0.5 });
    expect(scenario.assumptions.demandGrowthFraction).toBeCloseTo(0.21, 12);
    expect(scenario.hireClasses.map((hireClass) => hireClass.id)).toEqual(["autumn-in-house"]);
  });

  it("replaces an edited curve for its cohort only", () => {
    const edited = { ...plan.attritionCurves[1], weeklyHazardFractions: Array(52).fill(0), source: "edited" as const };
    const scenario = applyScenario(plan, { name: "students stay", attritionCurves: [edited] });
    expect(scenario.attritionCurves.map((curve) => curve.source)).toEqual(["manual", "edited"]);
    expect(scenario.attritionCurves[0]).toBe(plan.attritionCurves[0]);
  });

  it("compares scenarios side by side against the base plan", () => {
    const base = demoPlan();
    const comparison = compareScenarios(base, [
      { name: "student exits +50 %", attritionMultipliers: { student: 1.5 } },
      { name: "demand +5 %", demandGrowthFraction: 0.05 },
    ]);
    expect(comparison.columns.map((column) => column.name)).toEqual([
      "Base plan",
      "student exits +50 %",
      "demand +5 %",
    ]);
    expect(comparison.columns[0].versusBase).toEqual({
      totalCost: 0,
      shortFteWeeks: 0,
      peakShortFte: 0,
      plannedHireHeads: 0,
    });
    expect(comparison.columns[1].versusBase.shortFteWeeks).toBeGreaterThan(0);
    expect(comparison.columns[1].versusBase.totalCost).toBeLessThan(0);
    expect(comparison.columns[2].totals.averageRequiredFte).toBeCloseTo(84, 9);
    expect(comparison.weeks).toHaveLength(52);
    expect(comparison.weeks[0].requiredFte).toEqual([
      expect.closeTo(80, 9),
      expect.closeTo(80, 9),
      expect.closeTo(84, 9),
    ]);
    expect(comparison.columns[0].totals).toEqual(projectCapacityPlan(base).totals);
  });
});
