import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { generateDemoAgents } from "../../../api/domain/demo/demo-agents";
import { generateDemoHistory } from "../../../api/domain/demo/demo-history";
import { demoQueues } from "../../../api/domain/demo/demo-queues";
import { createSeededRandom } from "../../../api/domain/random/seeded-random";

const [voice, , email] = demoQueues;

describe("the demo history", () => {
  it("is the same for the same seed and period", () => {
    const period = { fromDate: "2026-03-02", toDate: "2026-03-09" };
    const first = generateDemoHistory(
      voice!.profile,
      voice!.draft.timeZone,
      voice!.draft.businessHours,
      30,
      period,
      createSeededRandom(7),
    );
    const second = generateDemoHistory(
      voice!.profile,
      voice!.draft.timeZone,
      voice!.draft.businessHours,
      30,
      period,
      createSeededRandom(7),
    );
    expect(second).toEqual(first);
  });

  it("has rows only inside opening hours, on the queue's 30-minute grid, in New York time", () => {
    const rows = generateDemoHistory(
      voice!.profile,
      voice!.draft.timeZone,
      voice!.draft.businessHours,
      30,
      { fromDate: "2026-03-02", toDate: "2026-03-09" },
      createSeededRandom(1),
    );
    const local = rows.map((row) => DateTime.fromJSDate(row.intervalStart, { zone: "America/New_York" }));
    expect(local.every((moment) => moment.minute % 30 === 0)).toBe(true);
    expect(
      local.every((moment) =>
        moment.weekday <= 5
          ? moment.hour >= 7 && moment.hour < 21
          : moment.weekday === 6 && moment.hour >= 9 && moment.hour < 17,
      ),
    ).toBe(true);
    expect(local.filter((moment) => moment.weekday === 1)).toHaveLength(28);
  });

  it("gives a 23-hour and a 25-hour local day 23 and 25 hours of around-the-clock rows", () => {
    const springForward = generateDemoHistory(
      email!.profile,
      "America/New_York",
      null,
      60,
      { fromDate: "2026-03-08", toDate: "2026-03-09" },
      createSeededRandom(2),
    );
    expect(springForward).toHaveLength(23);
    const autumn = generateDemoHistory(
      email!.profile,
      "America/New_York",
      null,
      60,
      { fromDate: "2026-11-01", toDate: "2026-11-02" },
      createSeededRandom(2),
    );
    expect(autumn).toHaveLength(25);
  });
});

describe("the demo agents", () => {
  const agents = generateDemoAgents("2026-11-23", 18, createSeededRandom(20_260_301));
  const current = agents.filter((agent) => agent.endDate === null);
  const former = agents.filter((agent) => agent.endDate !== null);

  it("has about 60 current agents in five zones, in-house and with one partner, with a student cohort", () => {
    expect(current.length).toBeGreaterThanOrEqual(55);
    expect(current.length).toBeLessThanOrEqual(65);
    expect(new Set(current.map((agent) => agent.timeZone)).size).toBe(5);
    expect(new Set(current.map((agent) => agent.vendor))).toEqual(new Set([null, "Horizon BPO"]));
    expect(current.filter((agent) => agent.attritionCohort === "student").length).toBeGreaterThan(10);
    expect(new Set(current.map((agent) => agent.email)).size).toBe(current.length);
  });

  it("has students leaving mostly in June–July and December", () => {
    const studentMonths = former
      .filter((agent) => agent.attritionCohort === "student")
      .map((agent) => Number(agent.endDate!.slice(5, 7)));
    const seasonal = studentMonths.filter((month) => month === 6 || month === 7 || month === 12);
    expect(seasonal.length / studentMonths.length).toBeGreaterThan(0.7);
    expect(former.every((agent) => agent.hireDate < agent.endDate!)).toBe(true);
  });
});
