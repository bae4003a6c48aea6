import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microAgent, microProblem, rowsOf, solveMicro } from "./micro-problem";

const contract = microAgent("x").contract;

describe("contract hours rule family", () => {
  it("adds weekly maximum rows and a min-minutes row whose shortfall costs per minute", () => {
    const agent = microAgent("ana", { contract: { ...contract, minMinutesPerWeek: 700, maxMinutesPerWeek: 1400, maxShiftsPerWeek: 7 } });
    const model = buildMicro(microProblem({ agents: [agent] }));
    const rows = rowsOf(model, "contract_hours");
    // A 2-day period is 2/7 of a week: limits are in proportion.
    expect(rows.find((row) => row.name === "max_minutes(agent=ana,week=1)")?.upper).toBeCloseTo(400, 6);
    expect(rows.find((row) => row.name === "max_shifts(agent=ana,week=1)")?.upper).toBe(2);
    expect(rows.find((row) => row.name === "min_minutes(agent=ana,week=1)")?.lower).toBeCloseTo(200, 6);
    const below = model.model.variables.find((variable) => variable.name === "below_contract(agent=ana,week=1)");
    expect(below?.cost).toBe(0.5);
  });

  it("drops shifts longer than the daily maximum and never exceeds the weekly maximum", async () => {
    const availability = [1, 2].map((weekday) => ({ weekday: weekday as 1, startLocal: "06:00", endLocal: "23:00" }));
    const agent = microAgent("ana", { availability, contract: { ...contract, shiftLengthsMinutes: [480, 660], maxMinutesPerDay: 600, maxMinutesPerWeek: 3360 } });
    const model = buildMicro(microProblem({ agents: [agent] }));
    expect(model.prunedByRule.contract_hours).toBeGreaterThan(0);
    expect(model.candidates.every((shift) => shift.lengthMinutes <= 600)).toBe(true);
    const capped = microAgent("ben", { contract: { ...contract, maxMinutesPerWeek: 1680 } });
    const solution = await solveMicro(microProblem({ agents: [capped], requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1) }));
    expect(solution.agentWeeks[0].minutes).toBeLessThanOrEqual(480);
  });

  it("penalises minutes below the contracted minimum", async () => {
    const agent = microAgent("ana", { contract: { ...contract, minMinutesPerWeek: 3360, maxMinutesPerWeek: 3360 } });
    const solution = await solveMicro(microProblem({ agents: [agent], requirements: [] }));
    const below = solution.objective.breakdown.find((entry) => entry.rule === "below_contract");
    // Minimum 3360 × 2/7 = 960 minutes: two 480-minute shifts meet it, at 480 × 2 × 0.25 over-staffing
    // cost against 960 × 0.5 for staying home; the roster works both days.
    expect(below?.quantity).toBeCloseTo(0, 6);
    expect(solution.agentWeeks[0].minutes).toBe(960);
  });
});
