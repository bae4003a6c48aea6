import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RosterProblem } from "../../../api/domain/roster/model/problem";
import { solveRoster } from "../../../api/domain/roster/strategies/solve-roster";
import { createHighsSolver } from "../../../api/solvers/highs-solver";

const example = JSON.parse(readFileSync("docs/examples/roster-problem.json", "utf8")) as RosterProblem;

describe("roster solve status", () => {
  it("says gap_reached, not optimal, when the MILP stops at the requested gap with its bound below the roster", async () => {
    // HiGHS calls this solve "optimal" (its gap is within mip_rel_gap); the roster's bound is ~1 % below it.
    const solution = await solveRoster(
      example,
      { timeLimitSeconds: 120, relativeGap: 0.05, strategy: "milp" },
      { solver: createHighsSolver(), clockMs: () => performance.now() },
    );
    expect(solution.status).toBe("gap_reached");
    expect(solution.relativeGap).toBeGreaterThan(1e-6);
    expect(solution.relativeGap).toBeLessThanOrEqual(0.05);
    expect(solution.lowerBound).toBeLessThan(solution.objective.total);
  }, 180_000);

  it("says error, with the solver's message and the start roster, when the solver fails", async () => {
    // A memory budget of one byte makes HiGHS refuse the model: the week is still rostered, by the greedy start.
    const solution = await solveRoster(
      example,
      { timeLimitSeconds: 30, relativeGap: 0.01, strategy: "milp" },
      { solver: createHighsSolver({ memoryBudgetBytes: 1 }), clockMs: () => performance.now() },
    );
    expect(solution.status).toBe("error");
    expect(solution.lowerBound).toBeNull();
    expect(solution.shifts.length).toBeGreaterThan(0);
    expect(solution.notes.join(" ")).toMatch(/too large for the HiGHS WASM heap/);
  }, 60_000);
});
