import { describe, expect, it } from "vitest";
import { buildMicro, flatRequirements, microAgent, microProblem, rowsOf, solveMicro } from "./micro-problem";

const days = ["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13", "2026-03-14", "2026-03-15"];
const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday: weekday as 1,
  startLocal: "00:00",
  endLocal: "00:00",
}));

function nightAndDayWeek() {
  // Needs work every day, alternating late and early, which would leave no 35-hour rest.
  const requirements = days.flatMap((day, index) =>
    flatRequirements("voice", [day], index % 2 === 0 ? 14 : 6, index % 2 === 0 ? 22 : 14, 1),
  );
  const agent = microAgent("ana", {
    availability: everyDay,
    contract: { ...microAgent("x").contract, maxConsecutiveDays: 7, maxMinutesPerWeek: 3360, maxShiftsPerWeek: 7 },
  });
  return microProblem({ periodEndUtc: "2026-03-16T00:00:00Z", agents: [agent], requirements });
}

describe("weekly rest rule family", () => {
  it("adds window choices and a weekly_rest row per agent and full week", () => {
    const model = buildMicro(nightAndDayWeek());
    const rows = rowsOf(model, "weekly_rest");
    expect(rows.filter((row) => row.name === "weekly_rest(agent=ana,week=1)")).toHaveLength(1);
    expect(rows.filter((row) => row.name.startsWith("weekly_rest_clear(agent=ana")).length).toBeGreaterThan(10);
  });

  it("always leaves one uninterrupted 35-hour rest in the week", async () => {
    const solution = await solveMicro(nightAndDayWeek(), 20);
    const spans = solution.shifts
      .map((shift) => [Date.parse(shift.startUtc), Date.parse(shift.endUtc)])
      .sort((a, b) => a[0] - b[0]);
    const bounds = [Date.parse("2026-03-09T00:00:00Z"), ...spans.flat(), Date.parse("2026-03-16T00:00:00Z")];
    let longestHours = 0;
    for (let index = 0; index < bounds.length; index += 2)
      longestHours = Math.max(longestHours, (bounds[index + 1] - bounds[index]) / 3_600_000);
    expect(longestHours).toBeGreaterThanOrEqual(35);
    expect(solution.uncovered.length).toBeGreaterThan(0);
  });
});
