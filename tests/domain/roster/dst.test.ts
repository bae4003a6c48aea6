import { describe, expect, it } from "vitest";
import { formatInstantInZone } from "../../../api/domain/time/format-instant";
import type { RosterAgent } from "../../../api/domain/roster/model/problem";
import { buildMicro, microAgent, microProblem, solveMicro } from "./micro-problem";

const everyDay = (startLocal: string, endLocal: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, startLocal, endLocal }));
const nineToFive = (id: string, timeZone: string): RosterAgent =>
  microAgent(id, {
    timeZone,
    availability: everyDay("09:00", "17:00"),
    contract: { ...microAgent("x").contract, maxMinutesPerWeek: 3360 },
  });

/** UTC start of each agent's only candidate (09:00 local + 8 h) per local date. */
function startsByDate(
  periodStartUtc: string,
  periodEndUtc: string,
  agents: RosterAgent[],
): Record<string, Record<string, string>> {
  const model = buildMicro(microProblem({ periodStartUtc, periodEndUtc, agents, requirements: [] }));
  const result: Record<string, Record<string, string>> = {};
  for (const shift of model.candidates) {
    const agent = agents[shift.agentIndex];
    const localDate = formatInstantInZone(shift.startMs, agent.timeZone).slice(0, 10);
    (result[agent.id] ??= {})[localDate] = new Date(shift.startMs).toISOString().slice(11, 16);
  }
  return result;
}

describe("rosters across DST transitions", () => {
  const agents = [
    nineToFive("new-york", "America/New_York"),
    nineToFive("london", "Europe/London"),
    nineToFive("sydney", "Australia/Sydney"),
    nineToFive("manila", "Asia/Manila"),
  ];

  it("moves a local 09:00 shift in UTC on each zone's spring transition (8 and 29 March, 5 April 2026)", () => {
    const starts = startsByDate("2026-03-06T00:00:00Z", "2026-04-08T00:00:00Z", agents);
    // New York: EST (UTC−5) until Sunday 8 March, then EDT (UTC−4).
    expect([starts["new-york"]["2026-03-07"], starts["new-york"]["2026-03-08"]]).toEqual(["14:00", "13:00"]);
    // London: GMT until Sunday 29 March, then BST (UTC+1).
    expect([starts.london["2026-03-28"], starts.london["2026-03-29"]]).toEqual(["09:00", "08:00"]);
    // Sydney: AEDT (UTC+11) until Sunday 5 April at 03:00, then AEST (UTC+10): 09:00 is 22:00 or 23:00 the day before.
    expect([starts.sydney["2026-04-04"], starts.sydney["2026-04-05"]]).toEqual(["22:00", "23:00"]);
    // Manila keeps UTC+8 all year.
    expect(new Set(Object.values(starts.manila))).toEqual(new Set(["01:00"]));
  });

  it("moves it back on the autumn transitions (25 October London, 1 November New York, 4 October Sydney)", () => {
    const starts = startsByDate("2026-10-02T00:00:00Z", "2026-11-03T00:00:00Z", agents);
    expect([starts.london["2026-10-24"], starts.london["2026-10-25"]]).toEqual(["08:00", "09:00"]);
    expect([starts["new-york"]["2026-10-31"], starts["new-york"]["2026-11-01"]]).toEqual(["13:00", "14:00"]);
    expect([starts.sydney["2026-10-03"], starts.sydney["2026-10-04"]]).toEqual(["23:00", "22:00"]);
  });

  it("gives a shift across the fall-back night its real hours and skips start times the spring gap removes", () => {
    const nightContract = { ...microAgent("x").contract, earliestStartLocal: "18:00", latestEndLocal: "12:00" };
    const night = microAgent("night", {
      timeZone: "America/New_York",
      availability: everyDay("22:00", "08:00"),
      contract: nightContract,
    });
    const autumn = buildMicro(
      microProblem({
        periodStartUtc: "2026-10-31T12:00:00Z",
        periodEndUtc: "2026-11-02T12:00:00Z",
        agents: [night],
        requirements: [],
      }),
    );
    const fallBack = autumn.candidates.find((shift) =>
      formatInstantInZone(shift.startMs, "America/New_York").startsWith("2026-10-31T22:00"),
    );
    expect(fallBack && (fallBack.endMs - fallBack.startMs) / 3_600_000).toBe(8);
    expect(fallBack && formatInstantInZone(fallBack.endMs, "America/New_York")).toBe("2026-11-01T05:00:00-05:00");
    const gap = microAgent("gap", { timeZone: "America/New_York", availability: everyDay("00:00", "12:00") });
    const spring = buildMicro(
      microProblem({
        periodStartUtc: "2026-03-08T00:00:00Z",
        periodEndUtc: "2026-03-09T00:00:00Z",
        agents: [gap],
        requirements: [],
      }),
    );
    const localStarts = spring.candidates.map((shift) =>
      formatInstantInZone(shift.startMs, "America/New_York").slice(11, 16),
    );
    expect(localStarts).not.toContain("02:00");
    expect(localStarts).toContain("03:00");
  });

  it("rosters the four zones together over the March transitions without breaking a hard rule", async () => {
    const requirements = ["2026-03-07", "2026-03-08", "2026-03-09"].flatMap((day) =>
      Array.from({ length: 24 }, (_, hour) => ({
        queueId: "voice",
        intervalStartUtc: `${day}T${String(hour).padStart(2, "0")}:00:00Z`,
        requiredAgents: 1,
      })),
    );
    const solution = await solveMicro(
      microProblem({
        periodStartUtc: "2026-03-07T00:00:00Z",
        periodEndUtc: "2026-03-10T00:00:00Z",
        agents,
        requirements,
      }),
      20,
    );
    for (const agent of agents) {
      const shifts = solution.shifts.filter((shift) => shift.agentId === agent.id);
      expect(shifts.every((shift) => shift.startLocal.slice(11, 16) === "09:00")).toBe(true);
      const starts = shifts.map((shift) => Date.parse(shift.startUtc)).sort((a, b) => a - b);
      for (let index = 1; index < starts.length; index += 1)
        expect(starts[index] - starts[index - 1]).toBeGreaterThanOrEqual((8 + 11) * 3_600_000);
    }
    expect(solution.shifts.length).toBeGreaterThanOrEqual(10);
  });
});
