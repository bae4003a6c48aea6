import { describe, expect, it } from "vitest";
import { buildShiftDesignModel } from "../../../api/domain/shift-design/build-model";
import { enumerateCandidateShifts } from "../../../api/domain/shift-design/candidate-shifts";
import { evaluateShiftDesign } from "../../../api/domain/shift-design/evaluate";
import { generateShiftDesignInstance } from "../../../api/domain/shift-design/generate-instance";
import { searchRestrictedDesigns } from "../../../api/domain/shift-design/restricted-search";
import { solveShiftDesign } from "../../../api/domain/shift-design/solve";
import { createHighsSolver } from "../../../api/solvers/highs-solver";

const solver = createHighsSolver();

describe("searchRestrictedDesigns", () => {
  it("finds a design as good as the planted one on an exact instance, above the LP bound", async () => {
    const { problem, planted } = generateShiftDesignInstance({
      seed: 11,
      slotMinutes: 60,
      plantedShiftCount: 5,
      maxWorkersPerDay: 4,
      noiseFraction: 0,
    });
    const found = await searchRestrictedDesigns(problem, solver, buildShiftDesignModel(problem), 30, {});
    const keys = new Set(enumerateCandidateShifts(problem).map((shift) => `${shift.startSlot}/${shift.lengthSlots}`));
    expect(found.shifts.every((shift) => keys.has(`${shift.startSlot}/${shift.lengthSlots}`))).toBe(true);
    expect(found.total).toBe(evaluateShiftDesign(problem, found.shifts).total);
    expect(found.total).toBeLessThanOrEqual(evaluateShiftDesign(problem, planted).total);
    expect(found.relaxationBound).not.toBeNull();
    expect(found.relaxationBound ?? Infinity).toBeLessThanOrEqual(found.total + 1e-6);
  });

  it("never claims an LP bound above the proven optimum of a noisy instance", async () => {
    const { problem } = generateShiftDesignInstance({
      seed: 12,
      slotMinutes: 60,
      plantedShiftCount: 6,
      maxWorkersPerDay: 3,
      noiseFraction: 0.3,
    });
    const found = await searchRestrictedDesigns(problem, solver, buildShiftDesignModel(problem), 30, {});
    const exact = await solveShiftDesign(problem, solver, {
      timeLimitSeconds: 30,
      heuristicShare: 0,
      clockMs: () => performance.now(),
    });
    expect(exact.status).toBe("optimal");
    expect(found.relaxationBound ?? Infinity).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    expect(found.total).toBeGreaterThanOrEqual(exact.objective.total);
  });
});
