import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microProblem, rowsOf, solveMicro } from "./micro-problem";

function weekendProblem() {
  // Saturday 14 and Sunday 15 March 2026: one agent needed each day.
  return microProblem({
    periodStartUtc: "2026-03-14T00:00:00Z",
    periodEndUtc: "2026-03-16T00:00:00Z",
    requirements: flatRequirements("voice", ["2026-03-14", "2026-03-15"], 9, 17, 1),
    weights: { ...microProblem().weights, weekendSpreadShift: 100 },
  });
}

describe("fairness rule family", () => {
  it("bounds each agent's weekend shifts between a most and a least variable whose spread costs per shift", () => {
    const model = buildMicro(weekendProblem());
    const names = rowsOf(model, "fairness").map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(["weekend_at_most(agent=ana)", "weekend_at_least(agent=ben)"]));
    expect(model.model.variables.find((variable) => variable.name === "most_weekend_shifts")?.cost).toBe(100);
    expect(model.model.variables.find((variable) => variable.name === "least_weekend_shifts")?.cost).toBe(-100);
  });

  it("spreads weekend shifts one each instead of giving both to one agent", async () => {
    const solution = await solveMicro(weekendProblem());
    expect(new Set(solution.shifts.map((shift) => shift.agentId)).size).toBe(2);
    expect(solution.objective.breakdown.find((entry) => entry.rule === "weekend_spread")?.quantity).toBe(0);
  });
});
