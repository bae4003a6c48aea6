import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microAgent, microProblem, rowsOf, solveMicro } from "./micro-problem";

const contract = microAgent("x").contract;

describe("contract hours rule family", () => {
  it("adds weekly maximum rows and a min-minutes row whose shortfall costs per minute", () => {
    const agent = microAgent("ana", {
      contract: { ...contract, minMinutesPerWeek: 700, maxMinutesPerWeek: 1400, maxShiftsPerWeek: 7 },
    });
    const model = buildMicro(microProblem({ agents: [agent] }));
    const rows = rowsOf(model, "contract_hours");
    // A 2-day period is 2/7 of a week: limits are in proportion.
    expect(rows.find((row) => row.name === "max_minutes(agent=ana,week=1)")?.upper).toBeCloseTo(400, 6);
    expect(rows.find((row) => row.name === "max_shifts(agent=ana,week=1)")?.upper).toBe(2);
    expect(rows.find((row) => row.name === "min_minutes(agent=ana,week=1)")?.lower).toBeCloseTo(200, 6);
    const below = model.model.variables.find((variable) => variable.name === "below_contract(agent=ana,week=1)");
    expect(below?.cost).toBe(0.5);
  });

  it("counts approved time off as paid: a day of leave lowers the minimum by a contracted day, leave all period owes nothing", () => {
    const terms = { ...contract, minMinutesPerWeek: 700, maxMinutesPerWeek: 1400, maxShiftsPerWeek: 7 };
    const oneDay = microAgent("ana", {
      contract: terms,
      timeOff: [{ localDate: "2026-03-09", reason: "annual leave" }],
    });
    const allPeriod = microAgent("ben", {
      contract: terms,
      timeOff: ["2026-03-09", "2026-03-10"].map((localDate) => ({ localDate, reason: "annual leave" })),
    });
    const mondaysOnly = [{ weekday: 1 as const, startLocal: "08:00", endLocal: "18:00" }];
    const offOnRestDay = microAgent("cal", {
      contract: terms,
      availability: mondaysOnly,
      timeOff: [{ localDate: "2026-03-10", reason: "annual leave" }],
    });
    const model = buildMicro(microProblem({ agents: [oneDay, allPeriod, offOnRestDay] }));
    const rows = rowsOf(model, "contract_hours");
    // 700 × 2/7 = 200 minutes over the 2-day period, less one contracted day of 700 / 7 = 100.
    expect(rows.find((row) => row.name === "min_minutes(agent=ana,week=1)")?.lower).toBeCloseTo(100, 6);
    expect(rows.find((row) => row.name === "min_minutes(agent=ben,week=1)")).toBeUndefined();
    expect(model.model.variables.some((variable) => variable.name === "below_contract(agent=ben,week=1)")).toBe(false);
    // A day off on a Tuesday Cal never works is not leave: the minimum stays.
    expect(rows.find((row) => row.name === "min_minutes(agent=cal,week=1)")?.lower).toBeCloseTo(200, 6);
    // The maxima stay: leave never lets an agent work more.
    expect(rows.find((row) => row.name === "max_minutes(agent=ana,week=1)")?.upper).toBeCloseTo(400, 6);
  });

  it("drops shifts longer than the daily maximum and never exceeds the weekly maximum", async () => {
    const availability = [1, 2].map((weekday) => ({ weekday: weekday as 1, startLocal: "06:00", endLocal: "23:00" }));
    const agent = microAgent("ana", {
      availability,
      contract: { ...contract, shiftLengthsMinutes: [480, 660], maxMinutesPerDay: 600, maxMinutesPerWeek: 3360 },
    });
    const model = buildMicro(microProblem({ agents: [agent] }));
    expect(model.prunedByRule.contract_hours).toBeGreaterThan(0);
    expect(model.candidates.every((shift) => shift.lengthMinutes <= 600)).toBe(true);
    const capped = microAgent("ben", { contract: { ...contract, maxMinutesPerWeek: 1680 } });
    const solution = await solveMicro(
      microProblem({
        agents: [capped],
        requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1),
      }),
    );
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
