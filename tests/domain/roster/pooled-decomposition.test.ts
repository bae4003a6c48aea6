import { describe, expect, it } from "vitest";
import { solveRoster } from "../../../api/domain/roster/strategies/solve-roster";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import { flatRequirements, microAgent, microProblem } from "./micro-problem";

describe("pooled decomposition", () => {
  it("reports a bound from the pooled relaxation that never exceeds the named optimum", async () => {
    const agents = ["ana", "ben", "cy", "dee", "eve"].map((id, index) =>
      microAgent(id, index === 4 ? { timeOff: [{ localDate: "2026-03-09" }] } : {}),
    );
    const requirements = [
      ...flatRequirements("voice", ["2026-03-09"], 8, 18, 3),
      ...flatRequirements("voice", ["2026-03-10"], 9, 12, 6),
    ];
    const problem = microProblem({ agents, requirements });
    const dependencies = { solver: createHighsSolver(), clockMs: () => performance.now() };
    const named = await solveRoster(problem, { timeLimitSeconds: 10, relativeGap: 0, strategy: "milp" }, dependencies);
    const pooled = await solveRoster(
      problem,
      { timeLimitSeconds: 10, relativeGap: 0, strategy: "pooled" },
      dependencies,
    );
    expect(named.status).toBe("optimal");
    expect(pooled.method).toBe("pooled_decomposition");
    expect(pooled.lowerBound).not.toBeNull();
    expect(pooled.lowerBound!).toBeLessThanOrEqual(named.objective.total + 1e-6);
    expect(pooled.objective.total).toBeGreaterThanOrEqual(named.objective.total - 1e-6);
    expect(pooled.shifts.filter((shift) => shift.agentId === "eve" && shift.startUtc.startsWith("2026-03-09"))).toEqual(
      [],
    );
  });
});
