import { afterEach, describe, expect, it } from "vitest";
import type { LpSession, MilpModel } from "../../api/domain/roster/milp/solver-port";
import { createHighsSolver } from "../../api/solvers/highs-solver";

const solver = createHighsSolver();
let session: LpSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/**
 * Cover 3 units of demand at two times (rows t0, t1 ≥ 3) with a slack that costs 10 per unit short;
 * the only column at first covers t0 alone at cost 4. Optimum: 3 of it, 3 short at t1 → 12 + 30 = 42.
 */
function coverModel(): MilpModel {
  return {
    variables: [
      { name: "covers_t0", lower: 0, upper: Infinity, isInteger: true, cost: 4 },
      { name: "short_t0", lower: 0, upper: Infinity, isInteger: false, cost: 10 },
      { name: "short_t1", lower: 0, upper: Infinity, isInteger: false, cost: 10 },
    ],
    rows: [
      {
        name: "t0",
        terms: [
          { variable: 0, coefficient: 1 },
          { variable: 1, coefficient: 1 },
        ],
        lower: 3,
        upper: Infinity,
      },
      { name: "t1", terms: [{ variable: 2, coefficient: 1 }], lower: 3, upper: Infinity },
    ],
    objectiveOffset: 0,
  };
}

describe("HiGHS LP session", () => {
  it("solves the model as an LP and reports row duals", async () => {
    session = solver.openLpSession(coverModel());
    const result = await session.solve(10, "primal");
    expect(result.status).toBe("optimal");
    expect(result.objective).toBeCloseTo(42, 9);
    expect(Array.from(result.values!)).toEqual([3, 0, 3]);
    // A unit more demand at t0 costs one more column (4); at t1 one more unit short (10).
    expect(Array.from(result.rowDuals!).map((dual) => Math.round(dual * 1e9) / 1e9)).toEqual([4, 10]);
  });

  it("re-solves after a priced column is added, with the column's value after the model's variables", async () => {
    session = solver.openLpSession(coverModel());
    const first = await session.solve(10, "primal");
    // A column covering both times at cost 6 has reduced cost 6 − 4 − 10 = −8 at those duals.
    expect(6 - first.rowDuals![0] - first.rowDuals![1]).toBeLessThan(0);
    session.addColumns([{ cost: 6, lower: 0, upper: Infinity, rows: [0, 1], coefficients: [1, 1] }]);
    const second = await session.solve(10, "primal");
    expect(second.status).toBe("optimal");
    expect(second.objective).toBeCloseTo(18, 9);
    expect(second.values!.length).toBe(4);
    expect(second.values![3]).toBeCloseTo(3, 9);
  });

  it("honours bound changes and solves them by the dual simplex", async () => {
    session = solver.openLpSession(coverModel());
    session.addColumns([{ cost: 6, lower: 0, upper: Infinity, rows: [0, 1], coefficients: [1, 1] }]);
    await session.solve(10, "primal");
    // One t0-only column fixed: the pair still covers t1 three times (and t0 with it), so the cost is 4 + 18.
    session.setBounds([{ variable: 0, lower: 1, upper: 1 }]);
    const fixed = await session.solve(10, "dual");
    expect(fixed.status).toBe("optimal");
    expect(fixed.values![0]).toBeCloseTo(1, 9);
    expect(fixed.objective).toBeCloseTo(4 + 18, 9);
  });

  it("reports an aborted solve as interrupted without solving", async () => {
    session = solver.openLpSession(coverModel());
    const controller = new AbortController();
    controller.abort();
    const result = await session.solve(10, "primal", controller.signal);
    expect(result.status).toBe("interrupted");
    expect(result.values).toBeNull();
  });

  it("rejects a column that names a row the model does not have", () => {
    session = solver.openLpSession(coverModel());
    expect(() => session!.addColumns([{ cost: 1, lower: 0, upper: 1, rows: [2], coefficients: [1] }])).toThrow(
      RangeError,
    );
  });
});
