import { describe, expect, it } from "vitest";
import {
  annualAttritionFraction,
  editAttritionCurve,
  flatAttritionCurve,
  scaledWeeklyHazard,
  withSeasonalExit,
} from "../../../api/domain/capacity/attrition-curve";

describe("attrition curves", () => {
  it("loses exactly the annual fraction over 52 weeks with a flat curve", () => {
    expect(annualAttritionFraction(flatAttritionCurve("in-house", 0.18))).toBeCloseTo(0.18, 12);
  });

  it("adds a seasonal exit that removes exactly its loss fraction over its weeks", () => {
    const curve = withSeasonalExit(flatAttritionCurve("student", 0), 23, 30, 0.4);
    const seasonSurvival = curve.weeklyHazardFractions
      .slice(22, 30)
      .reduce((survival, hazard) => survival * (1 - hazard), 1);
    expect(1 - seasonSurvival).toBeCloseTo(0.4, 12);
    expect(curve.weeklyHazardFractions[21]).toBe(0);
    expect(curve.weeklyHazardFractions[30]).toBe(0);
  });

  it("wraps a seasonal exit across New Year", () => {
    const curve = withSeasonalExit(flatAttritionCurve("student", 0), 51, 2, 0.2);
    const touched = curve.weeklyHazardFractions.map((hazard, index) => (hazard > 0 ? index + 1 : null)).filter(Boolean);
    expect(touched).toEqual([1, 2, 51, 52]);
  });

  it("marks an estimated curve as edited when a director changes a week", () => {
    const estimated = { ...flatAttritionCurve("vendor-a", 0.3), source: "estimated" as const };
    const edited = editAttritionCurve(estimated, [{ weekOfYear: 26, hazardFraction: 0.05 }]);
    expect(edited.source).toBe("edited");
    expect(edited.weeklyHazardFractions[25]).toBe(0.05);
    expect(estimated.weeklyHazardFractions[25]).not.toBe(0.05);
  });

  it("rejects an edit outside weeks 1 … 52 or a hazard outside [0, 1]", () => {
    const curve = flatAttritionCurve("in-house", 0.1);
    expect(() => editAttritionCurve(curve, [{ weekOfYear: 53, hazardFraction: 0.1 }])).toThrow(RangeError);
    expect(() => editAttritionCurve(curve, [{ weekOfYear: 5, hazardFraction: 1.5 }])).toThrow(RangeError);
  });

  it("caps a multiplied hazard at 1", () => {
    const curve = editAttritionCurve(flatAttritionCurve("student", 0), [{ weekOfYear: 10, hazardFraction: 0.6 }]);
    expect(scaledWeeklyHazard(curve, 10, 2)).toBe(1);
    expect(scaledWeeklyHazard(curve, 10, 0.5)).toBeCloseTo(0.3, 12);
  });
});
