import { describe, expect, it } from "vitest";
import { buildMicro, microAgent, microProblem, rowsOf, solveMicro } from "./micro-problem";

describe("consecutive days rule family", () => {
  it("adds a row over every run of max + 1 days and keeps runs within the maximum", async () => {
    const agent = microAgent("ana", { contract: { ...microAgent("x").contract, maxConsecutiveDays: 1 } });
    const problem = microProblem({ agents: [agent] });
    const rows = rowsOf(buildMicro(problem), "consecutive_days");
    expect(rows.map((row) => row.name)).toEqual(["max_consecutive_days(agent=ana,from=2026-03-09)"]);
    expect(rows[0]).toMatchObject({ upper: 1 });
    const solution = await solveMicro(problem);
    expect(solution.shifts).toHaveLength(1);
    expect(
      solution.uncovered.every((entry) => entry.skilledAgents.every((skilled) => skilled.reason !== "cost_tradeoff")),
    ).toBe(true);
  });
});
