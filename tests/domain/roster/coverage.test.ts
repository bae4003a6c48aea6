import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microProblem, rowsOf, solveMicro } from "./micro-problem";

describe("coverage rule family", () => {
  it("adds one cover row per queue and interval with a short variable costed in weighted agent-minutes", () => {
    const problem = microProblem({ queues: [{ id: "voice", priorityWeight: 2 }] });
    const model = buildMicro(problem);
    const cover = rowsOf(model, "coverage");
    const row = cover.find((candidate) => candidate.name === "cover(queue=voice,t=2026-03-09T09:00Z)");
    expect(row).toMatchObject({ lower: 1, upper: 1 });
    const short = model.model.variables.find(
      (variable) => variable.name === "short_cover(queue=voice,t=2026-03-09T09:00Z)",
    );
    // 60-minute intervals × weight 1 × priority 2.
    expect(short).toMatchObject({ cost: 120, upper: 1 });
    expect(model.variablePenalties[model.model.variables.indexOf(short!)]).toEqual({
      rule: "short_cover",
      quantityPerUnit: 60,
    });
  });

  it("charges what no agent can cover as short agent-minutes and explains it per rule", async () => {
    const problem = microProblem({ requirements: flatRequirements("voice", ["2026-03-09"], 9, 17, 3) });
    const solution = await solveMicro(problem);
    const short = solution.objective.breakdown.find((entry) => entry.rule === "short_cover");
    // Two agents for a need of three over eight hours: one agent short for 480 minutes.
    expect(short?.quantity).toBeCloseTo(480, 6);
    expect(solution.objective.total).toBeCloseTo(
      solution.objective.breakdown.reduce((sum, entry) => sum + entry.cost, 0),
      6,
    );
    expect(solution.isUnderstaffed).toBe(true);
    expect(solution.lowerBound).toBeCloseTo(solution.objective.total, 6);
  });

  it("reports required, scheduled and short agents per interval", async () => {
    const solution = await solveMicro(microProblem());
    const nine = solution.coverage.find((entry) => entry.intervalStartUtc === "2026-03-09T09:00:00Z");
    expect(nine).toMatchObject({ queueId: "voice", requiredAgents: 1, scheduledAgents: 1, shortAgents: 0 });
  });
});
