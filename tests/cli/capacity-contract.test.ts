import { describe, expect, it } from "vitest";
import { estimateAttritionCurves } from "../../api/domain/capacity/estimate-attrition-curves";
import { projectCapacityPlan } from "../../api/domain/capacity/project-capacity-plan";
import { compareScenarios } from "../../api/domain/capacity/scenarios";
import {
  capacityPlanInput,
  capacityPlanResult,
  demandWeek,
  estimatedAttritionCurve,
  scenarioComparison,
} from "../../api/contracts/capacity";
import { demoPlan } from "../domain/capacity/demo-plan";

describe("capacity contracts", () => {
  it("fills the documented defaults, including the 10 % schedule-efficiency allowance", () => {
    const { assumptions: _assumptions, costs: _costs, ...plan } = demoPlan();
    const parsed = capacityPlanInput.parse(plan);
    expect(parsed.assumptions).toMatchObject({
      fullTimeMinutesPerWeek: 2400,
      scheduleEfficiencyFraction: 0.1,
      severity: { mediumFraction: 0.05, highFraction: 0.1 },
    });
    expect(parsed.costs.currency).toBe("EUR");
    expect(parsed.scenarios).toEqual([]);
  });

  it("rejects a demand week that gives both FTE and hours", () => {
    expect(
      demandWeek.safeParse({ weekStartDate: "2026-01-05", requiredFte: 10, scheduledAgentHours: 400 }).success,
    ).toBe(false);
  });

  it("describes every field the domain returns for a plan, a comparison and an estimated curve", () => {
    const result = projectCapacityPlan(demoPlan());
    expect(capacityPlanResult.parse(result)).toEqual(result);
    const comparison = compareScenarios(demoPlan(), [{ name: "more exits", attritionMultipliers: { student: 1.2 } }]);
    expect(scenarioComparison.parse(comparison)).toEqual(comparison);
    const curves = estimateAttritionCurves({
      agents: [
        { id: "a", attritionCohort: "student", hireDate: "2025-01-06", endDate: "2025-06-30" },
        { id: "b", attritionCohort: "student", hireDate: "2025-01-06" },
      ],
      fromDate: "2025-01-06",
      toDate: "2025-12-28",
    });
    expect(estimatedAttritionCurve.parse(curves[0])).toEqual(curves[0]);
  });
});
