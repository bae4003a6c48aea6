import { describe, expect, it } from "vitest";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import { rosterSolutionSchema } from "../../../api/contracts/roster-problem";
import { flatRequirements, microAgent, microProblem, solveMicro } from "./micro-problem";

const monday = flatRequirements("voice", ["2026-03-09"], 9, 17, 1);

describe("roster problem warnings", () => {
  it("sums duplicate requirement rows and says how many rows and intervals it summed", () => {
    const prepared = prepareProblem(microProblem({ requirements: [...monday, ...monday.slice(0, 3), monday[0]] }));
    expect(prepared.requiredAgents[0][9]).toBe(3);
    expect(prepared.requiredAgents[0][10]).toBe(2);
    expect(prepared.warnings).toEqual([expect.objectContaining({ code: "duplicate_requirements", count: 4 })]);
    expect(prepared.warnings[0].message).toContain("3 intervals were summed");
  });

  it("drops requirement rows outside the period and says how many", () => {
    const outside = flatRequirements("voice", ["2026-03-08", "2026-03-11"], 9, 11, 1);
    const prepared = prepareProblem(microProblem({ requirements: [...monday, ...outside] }));
    expect(prepared.requiredAgents[0].reduce((sum, value) => sum + value, 0)).toBe(8);
    expect(prepared.warnings).toEqual([expect.objectContaining({ code: "requirements_outside_period", count: 4 })]);
  });

  it("names each agent skill that is not a queue of the problem", () => {
    const prepared = prepareProblem(
      microProblem({ agents: [microAgent("ana", { skills: ["voice", "chat", "chat"] }), microAgent("ben")] }),
    );
    expect(prepared.warnings).toEqual([
      { code: "unknown_skill_queue", count: 1, message: expect.stringMatching(/agent ana has skill chat/) },
    ]);
  });

  it("keeps the warnings the problem arrived with, before its own", () => {
    const built = {
      code: "intervals_without_forecast" as const,
      message: "no stored forecast of voice covers 2026-03-10T00:00:00.000Z to 2026-03-11T00:00:00.000Z (24 intervals)",
      count: 24,
    };
    const prepared = prepareProblem({ ...microProblem({ requirements: [...monday, monday[0]] }), warnings: [built] });
    expect(prepared.warnings.map((warning) => warning.code)).toEqual([
      "intervals_without_forecast",
      "duplicate_requirements",
    ]);
    expect(prepared.warnings[0]).toEqual(built);
  });

  it("gives no warning for a clean problem", () => {
    expect(prepareProblem(microProblem()).warnings).toEqual([]);
  });

  it("returns the warnings with the solved roster, in the output contract", async () => {
    const solution = await solveMicro(
      microProblem({
        requirements: [...monday, monday[0]],
        agents: [microAgent("ana", { skills: ["voice", "email"] })],
      }),
    );
    expect(solution.warnings.map((warning) => warning.code)).toEqual(["duplicate_requirements", "unknown_skill_queue"]);
    expect(rosterSolutionSchema.safeParse(solution).success).toBe(true);
  });
});
