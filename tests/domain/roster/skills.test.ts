import { describe, expect, it } from "vitest";
import { coverageSteps } from "../../../api/domain/roster/rules/skills";
import { buildMicro, flatRequirements, microAgent, microProblem, rowsOf, solveMicro } from "./micro-problem";

const queues = [
  { id: "voice", priorityWeight: 1 },
  { id: "chat", priorityWeight: 1 },
];

describe("skills rule family", () => {
  it("counts a group's agents on duty as a running total and splits blended groups among their queues", () => {
    const problem = microProblem({
      queues,
      agents: [microAgent("ana", { skills: ["voice", "chat"] }), microAgent("ben")],
    });
    const model = buildMicro(problem);
    const names = rowsOf(model, "skills").map((row) => row.name);
    expect(names).toContain("on_duty_flow(skills=voice+chat,t=2026-03-09T09:00Z)");
    expect(names).toContain("attribute(skills=voice+chat,t=2026-03-09T09:00Z)");
    expect(names).toContain("on_duty_flow(skills=voice,t=2026-03-09T09:00Z)");
    expect(names.some((name) => name.startsWith("attribute(skills=voice,"))).toBe(false);
  });

  it("enters a shift only where its coverage changes", () => {
    const model = buildMicro(microProblem());
    const steps = coverageSteps(model.candidates[0]);
    expect(steps).toEqual([
      { interval: 8, change: 1 },
      { interval: 16, change: -1 },
    ]);
  });

  it("never counts an agent on a queue the agent is not skilled for", async () => {
    const problem = microProblem({
      queues,
      agents: [microAgent("ana", { skills: ["voice"] }), microAgent("ben", { skills: ["voice"] })],
      requirements: flatRequirements("chat", ["2026-03-09"], 9, 17, 1),
    });
    const solution = await solveMicro(problem);
    const chat = solution.coverage.filter((entry) => entry.queueId === "chat");
    expect(chat.every((entry) => entry.scheduledAgents === 0)).toBe(true);
    expect(solution.uncovered.every((entry) => entry.skilledAgents.length === 0)).toBe(true);
  });

  it("lets a blended agent cover whichever queue needs it", async () => {
    const problem = microProblem({
      queues,
      agents: [microAgent("ana", { skills: ["voice", "chat"] })],
      requirements: [
        ...flatRequirements("chat", ["2026-03-09"], 9, 17, 1),
        ...flatRequirements("voice", ["2026-03-10"], 9, 17, 1),
      ],
    });
    const solution = await solveMicro(problem);
    expect(solution.uncovered).toEqual([]);
    expect(solution.shifts).toHaveLength(2);
  });
});
