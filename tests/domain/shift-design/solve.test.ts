import { describe, expect, it } from "vitest";
import { evaluateShiftDesign } from "../../../api/domain/shift-design/evaluate";
import { generateShiftDesignInstance } from "../../../api/domain/shift-design/generate-instance";
import { roundBoundUp, solveShiftDesign } from "../../../api/domain/shift-design/solve";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import example from "../../fixtures/shift-design-example.json";
import { buildMicroProblem } from "./micro-problem";

const solver = createHighsSolver();

describe("solveShiftDesign", () => {
  it("reaches the proven optimum 480 on the DBAI example: 8 shifts, no deviation", async () => {
    // Optimum from the fixture's bestKnown (DataSet1/RandomExample1, see tests/fixtures/README.md).
    const result = await solveShiftDesign(example, solver, { timeLimitSeconds: 30, clockMs: () => performance.now() });
    expect(result.status).toBe("optimal");
    expect(result.objective).toEqual({ shortageMinutes: 0, excessMinutes: 0, shiftCount: 8, total: 480 });
    expect(result.lowerBound).toBe(480);
    expect(result.relativeGap).toBe(0);
    expect(evaluateShiftDesign(example, result.shifts)).toEqual(result.objective);
    for (const shift of result.shifts) expect(shift.workersPerDay).toHaveLength(7);
  });

  it("recovers a planted design with no deviation and proves it optimal", async () => {
    const { problem, planted } = generateShiftDesignInstance({
      seed: 11,
      slotMinutes: 60,
      plantedShiftCount: 5,
      maxWorkersPerDay: 4,
      noiseFraction: 0,
    });
    const result = await solveShiftDesign(problem, solver, { timeLimitSeconds: 30, clockMs: () => performance.now() });
    expect(result.status).toBe("optimal");
    expect(result.objective.total).toBeLessThanOrEqual(evaluateShiftDesign(problem, planted).total);
    expect(result.lowerBound).toBe(result.objective.total);
  });

  it("prefers a little shortage to a whole extra shift when that is cheaper", async () => {
    // One person for six hours on Monday only: 2160 person-minutes short cost more than a 60-unit shift…
    const requirementsPerDay = [0, 0, 0, 0];
    const problem = buildMicroProblem(requirementsPerDay);
    problem.requirements[1] = 1;
    const covered = await solveShiftDesign(problem, solver, { timeLimitSeconds: 30, clockMs: () => performance.now() });
    expect(covered.objective).toEqual({ shortageMinutes: 0, excessMinutes: 0, shiftCount: 1, total: 60 });
    // …but not once a shift costs more than the shortage it removes.
    const expensive = { ...problem, objective: { ...problem.objective, weightShiftCount: 5000 } };
    const uncovered = await solveShiftDesign(expensive, solver, {
      timeLimitSeconds: 30,
      clockMs: () => performance.now(),
    });
    expect(uncovered.objective).toEqual({ shortageMinutes: 360, excessMinutes: 0, shiftCount: 0, total: 360 });
    expect(uncovered.shifts).toEqual([]);
  });

  it("covers a Sunday night requirement with a shift that runs into Monday", async () => {
    const problem = buildMicroProblem([0, 0, 0, 0]);
    problem.shiftTypes = [{ name: "night", minStartSlot: 3, maxStartSlot: 3, minLengthSlots: 2, maxLengthSlots: 2 }];
    problem.requirements[6 * 4 + 3] = 2;
    problem.requirements[0] = 2;
    const result = await solveShiftDesign(problem, solver, { timeLimitSeconds: 30, clockMs: () => performance.now() });
    expect(result.shifts).toEqual([{ startSlot: 3, lengthSlots: 2, workersPerDay: [0, 0, 0, 0, 0, 0, 2] }]);
    expect(result.objective.total).toBe(60);
  });

  it("reports a design and a bound that stay consistent when the time limit cuts every phase short", async () => {
    // 468 candidate shifts and 2 s: whichever phases finish, the design must be what it claims
    // and the bound may not pass the planted design, which is a feasible one.
    const { problem, planted } = generateShiftDesignInstance({
      seed: 3,
      slotMinutes: 15,
      plantedShiftCount: 20,
      maxWorkersPerDay: 5,
      noiseFraction: 0.1,
    });
    const result = await solveShiftDesign(problem, solver, { timeLimitSeconds: 2, clockMs: () => performance.now() });
    expect(result.objective).toEqual(evaluateShiftDesign(problem, result.shifts));
    expect(result.lowerBound ?? 0).toBeLessThanOrEqual(
      Math.min(result.objective.total, evaluateShiftDesign(problem, planted).total),
    );
    expect(["optimal", "time_limit"]).toContain(result.status);
  });
});

describe("roundBoundUp", () => {
  it("rounds a bound up to the next multiple of the costs' common divisor", () => {
    // 15-minute slots with unit weights: 15 per person-slot short or over, 60 per shift, 0 for counts.
    expect(roundBoundUp(3158, [15, 15, 60, 0])).toBe(3165);
    expect(roundBoundUp(479.9999999, [1, 60])).toBe(480);
    expect(roundBoundUp(3165.0000001, [15, 60])).toBe(3165);
  });

  it("leaves a bound alone when a cost is not an integer", () => {
    expect(roundBoundUp(3158.2, [15, 0.5])).toBe(3158.2);
  });
});
