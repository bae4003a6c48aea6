import { describe, expect, it } from "vitest";
import { breaksRest } from "../../../api/domain/roster/rules/rest";
import { buildMicro, microAgent, microProblem, rowsOf, solveMicro, flatRequirements } from "./micro-problem";

describe("rest rule family", () => {
  it("adds a one-shift-per-day row per agent and day and a rest row for every pair of shifts closer than the minimum rest", () => {
    const late = microAgent("ana", {
      availability: [1, 2].map((weekday) => ({ weekday: weekday as 1, startLocal: "06:00", endLocal: "23:00" })),
    });
    const model = buildMicro(microProblem({ agents: [late, microAgent("ben")] }));
    const rest = rowsOf(model, "rest");
    expect(rest.filter((row) => row.name.startsWith("one_shift_per_day(agent=ana"))).toHaveLength(2);
    const shifts = model.candidatesByAgent[0].map((index) => model.candidates[index]);
    for (const a of shifts) {
      for (const b of shifts) {
        if (a === b || !breaksRest(a, b, 660)) continue;
        const shared = rest.some(
          (row) =>
            row.upper === 1 &&
            [a, b].every((shift) => row.terms.some((term) => model.candidates[term.variable] === shift)),
        );
        const sameDay = a.epochDay === b.epochDay;
        expect(shared || sameDay).toBe(true);
      }
    }
  });

  it("never rosters two shifts less than 11 hours apart even when the requirement asks for it", async () => {
    const agent = microAgent("ana", {
      availability: [1, 2].map((weekday) => ({ weekday: weekday as 1, startLocal: "00:00", endLocal: "00:00" })),
    });
    const requirements = [
      ...flatRequirements("voice", ["2026-03-09"], 14, 22, 1),
      ...flatRequirements("voice", ["2026-03-10"], 0, 8, 1),
    ];
    const solution = await solveMicro(microProblem({ agents: [agent], requirements }));
    const starts = solution.shifts.map((shift) => Date.parse(shift.startUtc)).sort((a, b) => a - b);
    const ends = solution.shifts.map((shift) => Date.parse(shift.endUtc)).sort((a, b) => a - b);
    for (let index = 1; index < starts.length; index += 1)
      expect(starts[index] - ends[index - 1]).toBeGreaterThanOrEqual(11 * 3_600_000);
    expect(solution.uncovered.some((entry) => entry.skilledAgents.some((skilled) => skilled.reason === "rest"))).toBe(
      true,
    );
  });
});
