import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microAgent, microProblem, solveMicro } from "./micro-problem";

describe("an under-staffed week", () => {
  it("returns the best partial roster with every uncovered interval, its skilled agents and what kept each off", async () => {
    const problem = microProblem({
      agents: [microAgent("ana", { timeOff: [{ localDate: "2026-03-10" }] }), microAgent("ben", { skills: ["chat"] })],
      queues: [
        { id: "voice", priorityWeight: 1 },
        { id: "chat", priorityWeight: 1 },
      ],
      requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 2),
    });
    const solution = await solveMicro(problem);
    expect(solution.isUnderstaffed).toBe(true);
    expect(solution.shifts.map((shift) => shift.agentId)).toEqual(["ana"]);
    const monday = solution.uncovered.find((entry) => entry.intervalStartUtc === "2026-03-09T09:00:00Z");
    // ana works Monday and is on the queue; the second agent needed does not exist.
    expect(monday).toMatchObject({ shortAgents: 1, skilledAgents: [] });
    const tuesday = solution.uncovered.find((entry) => entry.intervalStartUtc === "2026-03-10T09:00:00Z");
    expect(tuesday).toMatchObject({ shortAgents: 2, skilledAgents: [{ agentId: "ana", reason: "time_off" }] });
    expect(solution.relativeGap).toBe(0);
  });

  it("is never infeasible: rostering nobody satisfies every hard rule, so the greedy start is always a valid roster", () => {
    const model = buildMicro(microProblem());
    for (const row of model.model.rows) {
      const zeroActivity =
        row.terms.filter((term) => model.model.variables[term.variable].isInteger).length === row.terms.length;
      if (zeroActivity) expect(row.lower <= 0 && row.upper >= 0).toBe(true);
    }
  });
});
