import { describe, expect, it } from "vitest";
import { isWithinAvailability } from "../../../api/domain/roster/rules/availability";
import { buildMicro, microAgent, microProblem } from "./micro-problem";

describe("availability rule family", () => {
  it("generates only shifts inside a weekday window and the contract span, and adds no rows", () => {
    const agent = microAgent("ana", {
      availability: [{ weekday: 1, startLocal: "08:00", endLocal: "18:00" }],
      contract: { ...microAgent("x").contract, earliestStartLocal: "09:00", latestEndLocal: "17:30" },
    });
    const model = buildMicro(microProblem({ agents: [agent] }));
    expect(model.candidates.map((shift) => new Date(shift.startMs).toISOString())).toEqual([
      "2026-03-09T09:00:00.000Z",
    ]);
    expect(
      model.candidates.every((shift) => isWithinAvailability(agent, shift.epochDay, shift.startMs, shift.endMs)),
    ).toBe(true);
    expect(model.prunedByRule.availability).toBeGreaterThan(0);
    expect(model.rowFamilies).not.toContain("availability");
  });

  it("reports an uncovered interval outside every window as kept off by availability", async () => {
    const { solveMicro, flatRequirements } = await import("./micro-problem");
    const agent = microAgent("ana", { availability: [{ weekday: 1, startLocal: "08:00", endLocal: "18:00" }] });
    const solution = await solveMicro(
      microProblem({ agents: [agent], requirements: flatRequirements("voice", ["2026-03-10"], 9, 10, 1) }),
    );
    expect(solution.uncovered[0].skilledAgents).toEqual([{ agentId: "ana", reason: "availability" }]);
  });
});
