import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microAgent, microProblem, solveMicro } from "./micro-problem";

describe("time off rule family", () => {
  it("removes every shift overlapping a dated absence, given as a local date or as UTC instants", () => {
    const byDate = microAgent("ana", { timeOff: [{ localDate: "2026-03-09" }] });
    const byInstants = microAgent("ben", {
      timeOff: [{ startUtc: "2026-03-10T12:00:00Z", endUtc: "2026-03-10T13:00:00Z" }],
    });
    const model = buildMicro(microProblem({ agents: [byDate, byInstants] }));
    const days = (agentIndex: number) =>
      new Set(
        model.candidatesByAgent[agentIndex].map((index) =>
          new Date(model.candidates[index].startMs).toISOString().slice(0, 10),
        ),
      );
    expect([...days(0)]).toEqual(["2026-03-10"]);
    expect([...days(1)]).toEqual(["2026-03-09"]);
    expect(model.prunedByRule.time_off).toBe(6);
  });

  it("names time off as the reason a skilled agent is not on an uncovered interval", async () => {
    const agent = microAgent("ana", { timeOff: [{ localDate: "2026-03-09", reason: "annual leave" }] });
    const solution = await solveMicro(
      microProblem({ agents: [agent], requirements: flatRequirements("voice", ["2026-03-09"], 9, 17, 1) }),
    );
    expect(solution.shifts).toEqual([]);
    expect(solution.uncovered).toHaveLength(8);
    expect(solution.uncovered[0].skilledAgents).toEqual([{ agentId: "ana", reason: "time_off" }]);
  });
});
