import { beforeAll, describe, expect, it } from "vitest";
import type { RosterSolution } from "../../../api/domain/roster/model/solution";
import { agentClassesOf } from "../../../api/domain/roster/model/agent-classes";
import { generateCandidates } from "../../../api/domain/roster/model/candidates";
import { LagrangianBound } from "../../../api/domain/roster/strategies/lagrangian-bound";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import { solveRoster } from "../../../api/domain/roster/strategies/solve-roster";
import { mulberry32 } from "../../../api/domain/random/seeded-random";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import { blendedMicroProblem } from "./micro-problem";

const dependencies = () => ({ solver: createHighsSolver(), clockMs: () => performance.now() });

describe("Lagrangian bound on the coverage rows", () => {
  const problem = blendedMicroProblem();
  let exact: RosterSolution;
  beforeAll(async () => {
    exact = await solveRoster(problem, { timeLimitSeconds: 20, relativeGap: 0, strategy: "milp" }, dependencies());
  });

  it("never exceeds the proven optimum, whatever the prices", () => {
    expect(exact.status).toBe("optimal");
    const prepared = prepareProblem(problem);
    const classes = agentClassesOf(prepared, generateCandidates(prepared).candidates);
    const bound = new LagrangianBound(classes);
    const random = mulberry32(11);
    for (let trial = 0; trial < 30; trial += 1) {
      const prices = Float64Array.from(
        bound.prices,
        (_, key) => bound.lowerPrice[key] + random() * (2 * bound.upperPrice[key] + 40 - bound.lowerPrice[key]),
      );
      expect(bound.evaluate(prices).bound).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    }
    for (let step = 0; step < 200; step += 1) bound.step(exact.objective.total * 1.2);
    expect(bound.bestBound).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    // The price search is worth having: it closes most of the way from the trivial bound 0.
    expect(bound.bestBound).toBeGreaterThan(0.5 * exact.objective.total);
  });

  it("solves by bound and local search with the bound below and the roster above the optimum", async () => {
    const searched = await solveRoster(
      problem,
      { timeLimitSeconds: 2, relativeGap: 0, strategy: "lagrangian" },
      dependencies(),
    );
    expect(searched.method).toBe("lagrangian_search");
    expect(searched.lowerBound).not.toBeNull();
    expect(searched.lowerBound!).toBeLessThanOrEqual(exact.objective.total + 1e-6);
    expect(searched.objective.total).toBeGreaterThanOrEqual(exact.objective.total - 1e-6);
    expect(searched.absoluteGap).toBeCloseTo(searched.objective.total - searched.lowerBound!, 6);
    const costSum = searched.objective.breakdown.reduce((sum, entry) => sum + entry.cost, 0);
    expect(costSum).toBeCloseTo(searched.objective.total, 6);
  });
});
