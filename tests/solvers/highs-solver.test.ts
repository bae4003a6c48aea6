import { describe, expect, it } from "vitest";
import type { MilpModel, SolveProgress } from "../../api/domain/roster/milp/solver-port";
import { createHighsSolver } from "../../api/solvers/highs-solver";
import { buildMarketSplitModel } from "./market-split-model";

const solver = createHighsSolver();

/** The workshop example of the highs-js README (node_modules/highs/README.md): profit 1100 at 20 chairs, 10 tables. */
function buildWorkshopModel(): MilpModel {
  return {
    variables: [
      { name: "chairs", lower: 0, upper: Infinity, isInteger: true, cost: -30 },
      { name: "tables", lower: 0, upper: Infinity, isInteger: true, cost: -50 },
    ],
    rows: [
      {
        name: "carpentry",
        terms: [
          { variable: 0, coefficient: 1 },
          { variable: 1, coefficient: 2 },
        ],
        lower: -Infinity,
        upper: 40,
      },
      {
        name: "finishing",
        terms: [
          { variable: 0, coefficient: 2 },
          { variable: 1, coefficient: 1 },
        ],
        lower: -Infinity,
        upper: 50,
      },
    ],
    objectiveOffset: 0,
  };
}

function objectiveOf(model: MilpModel, values: number[]): number {
  return model.variables.reduce(
    (sum, variable, index) => sum + variable.cost * (values[index] ?? 0),
    model.objectiveOffset,
  );
}

describe("createHighsSolver", () => {
  it("solves a tiny MILP to its known optimum and proves it", async () => {
    const result = await solver.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe("optimal");
    expect(result.objective).toBeCloseTo(-1100, 6);
    expect(result.bestBound).toBeCloseTo(-1100, 6);
    expect(result.relativeGap).toBe(0);
    expect(result.values).toEqual([20, 10]);
    expect(result.peakMemoryBytes).toBeGreaterThan(0);
  });

  it("hands the cut age limit to HiGHS (a value HiGHS refuses fails the solve)", async () => {
    const kept = await solver.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0, cutAgeLimit: 20 });
    expect(kept.status).toBe("optimal");
    expect(kept.objective).toBeCloseTo(-1100, 6);
    const refused = await solver.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0, cutAgeLimit: -5 });
    expect(refused.status).toBe("error");
  });

  it("adds the objective offset to the objective and the bound", async () => {
    const model = { ...buildWorkshopModel(), objectiveOffset: 2000 };
    const result = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.objective).toBeCloseTo(900, 6);
    expect(result.bestBound).toBeCloseTo(900, 6);
  });

  it("reports an infeasible model as infeasible with no solution", async () => {
    const model: MilpModel = {
      variables: [{ name: "x", lower: 0, upper: 3, isInteger: true, cost: 1 }],
      rows: [{ name: "too_much", terms: [{ variable: 0, coefficient: 2 }], lower: 7, upper: Infinity }],
      objectiveOffset: 0,
    };
    const result = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe("infeasible");
    expect(result.objective).toBeNull();
    expect(result.values).toBeNull();
  });

  it("solves a pure LP and reports its optimum as the bound", async () => {
    const model: MilpModel = {
      variables: [{ name: "x", lower: 0, upper: Infinity, isInteger: false, cost: 2 }],
      rows: [{ name: "at_least", terms: [{ variable: 0, coefficient: 4 }], lower: 3, upper: Infinity }],
      objectiveOffset: 0,
    };
    const result = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe("optimal");
    expect(result.objective).toBeCloseTo(1.5, 9);
    expect(result.bestBound).toBeCloseTo(1.5, 9);
  });

  it("sums repeated terms of a row instead of rejecting them", async () => {
    const model: MilpModel = {
      variables: [{ name: "x", lower: 0, upper: 10, isInteger: true, cost: 1 }],
      rows: [
        {
          name: "twice",
          terms: [
            { variable: 0, coefficient: 1 },
            { variable: 0, coefficient: 1 },
          ],
          lower: 5,
          upper: Infinity,
        },
      ],
      objectiveOffset: 0,
    };
    const result = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.values).toEqual([3]);
  });

  it("keeps the best incumbent when the solve is cancelled", async () => {
    const model = buildMarketSplitModel();
    const controller = new AbortController();
    const incumbents: number[] = [];
    const result = await solver.solve(
      model,
      { timeLimitSeconds: 60, relativeGap: 0 },
      {
        signal: controller.signal,
        onProgress: (progress: SolveProgress) => {
          if (progress.incumbentObjective === null) return;
          incumbents.push(progress.incumbentObjective);
          controller.abort();
        },
      },
    );
    expect(result.status).toBe("interrupted");
    expect(result.values).not.toBeNull();
    expect(result.objective).not.toBeNull();
    expect(objectiveOf(model, result.values ?? [])).toBeCloseTo(result.objective ?? NaN, 6);
    expect(result.objective).toBeLessThanOrEqual(incumbents[0] ?? -Infinity);
    expect(result.solveSeconds).toBeLessThan(30);
  });

  it("stops at the time limit with an incumbent, a bound and a gap", async () => {
    const progress: SolveProgress[] = [];
    const result = await solver.solve(
      buildMarketSplitModel(),
      { timeLimitSeconds: 1, relativeGap: 0 },
      {
        onProgress: (report) => progress.push(report),
      },
    );
    expect(result.status).toBe("time_limit");
    expect(result.objective).not.toBeNull();
    expect(result.bestBound).not.toBeNull();
    expect(result.relativeGap).toBeGreaterThan(0);
    const incumbents = progress.map((report) => report.incumbentObjective).filter((value) => value !== null);
    expect(incumbents.length).toBeGreaterThan(0);
    for (let index = 1; index < incumbents.length; index += 1)
      expect(incumbents[index]).toBeLessThanOrEqual(incumbents[index - 1] ?? Infinity);
  });

  it("returns at once without a solution when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await solver.solve(
      buildWorkshopModel(),
      { timeLimitSeconds: 10, relativeGap: 0 },
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ status: "interrupted", objective: null, values: null });
  });

  it("refuses a model larger than the memory budget with a clear message", async () => {
    const frugal = createHighsSolver({ memoryBudgetBytes: 1024 });
    const result = await frugal.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0 });
    expect(result.status).toBe("error");
    expect(result.message).toMatch(/too large for the HiGHS WASM heap/);
  });

  it("starts from a given solution and rejects a start of the wrong length", async () => {
    const started = await solver.solve(buildWorkshopModel(), {
      timeLimitSeconds: 10,
      relativeGap: 0,
      startValues: [20, 10],
    });
    expect(started.objective).toBeCloseTo(-1100, 6);
    await expect(
      solver.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0, startValues: [1] }),
    ).rejects.toThrow(RangeError);
  });

  it("reports an LP's row duals (simplex and interior point) and none for a MILP", async () => {
    // min 2x + 3y, x + y ≥ 4, y ≥ 1: optimum x = 3, y = 1 (9); raising the first row's bound by one
    // costs 2 (one more x), raising the second costs 3 − 2 = 1 (trade an x for a y), so duals are 2 and 1.
    const lp: MilpModel = {
      variables: [
        { name: "x", lower: 0, upper: Infinity, isInteger: false, cost: 2 },
        { name: "y", lower: 0, upper: Infinity, isInteger: false, cost: 3 },
      ],
      rows: [
        {
          name: "total",
          terms: [
            { variable: 0, coefficient: 1 },
            { variable: 1, coefficient: 1 },
          ],
          lower: 4,
          upper: Infinity,
        },
        { name: "some_y", terms: [{ variable: 1, coefficient: 1 }], lower: 1, upper: Infinity },
      ],
      objectiveOffset: 0,
    };
    for (const lpMethod of ["simplex", "ipm"] as const) {
      const result = await solver.solve(lp, { timeLimitSeconds: 10, relativeGap: 0, lpMethod });
      expect(result.objective).toBeCloseTo(9, 6);
      expect(result.rowDuals?.[0]).toBeCloseTo(2, 6);
      expect(result.rowDuals?.[1]).toBeCloseTo(1, 6);
    }
    const milp = await solver.solve(buildWorkshopModel(), { timeLimitSeconds: 10, relativeGap: 0 });
    expect(milp.rowDuals).toBeUndefined();
  });
});
