import { describe, expect, it } from "vitest";
import { buildMicro, microAgent, microProblem, solveMicro } from "./micro-problem";

describe("preferences rule family", () => {
  it("costs each minute of a shift inside an avoid window and prefers shifts outside it", async () => {
    const agent = microAgent("ana", { avoid: [{ weekday: 1, startLocal: "16:00", endLocal: "18:00" }] });
    const problem = microProblem({
      agents: [agent],
      requirements: [{ queueId: "voice", intervalStartUtc: "2026-03-09T12:00:00Z", requiredAgents: 1 }],
    });
    const model = buildMicro(problem);
    const late = model.candidates.findIndex(
      (shift) => new Date(shift.startMs).toISOString() === "2026-03-09T10:00:00.000Z",
    );
    // 10:00–18:00 overlaps the 16:00–18:00 avoid window by 120 minutes, at 0.1 per minute.
    expect(model.model.variables[late].cost).toBeCloseTo(12, 9);
    expect(model.variablePenalties[late]).toEqual({ rule: "avoided_time", quantityPerUnit: 120 });
    const solution = await solveMicro(problem);
    expect(solution.objective.breakdown.find((entry) => entry.rule === "avoided_time")?.quantity).toBe(0);
  });
});
