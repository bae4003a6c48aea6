import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ErlangAStaffing } from "../../../api/domain/staffing/erlang-a-staffing";
import { erlangCMetrics } from "../../../api/domain/staffing/erlang-c";
import { meetsTargets } from "../../../api/domain/staffing/targets";
import { erlangAOracle, type OracleCase } from "./support/erlang-a-oracle";

const SEED = 20260309;

function engineAt(c: OracleCase) {
  const load = {
    trafficErlangs: (c.calls * c.ahtSeconds) / c.intervalSeconds,
    ahtSeconds: c.ahtSeconds,
    patienceSeconds: c.patienceSeconds,
    targetAnswerSeconds: c.targetAnswerSeconds,
  };
  return new ErlangAStaffing(load).metricsAt(c.agents);
}

describe("Erlang A", () => {
  const cases: Array<[string, OracleCase]> = [
    [
      "the callcentrehelper load with 2-minute patience",
      { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 120, targetAnswerSeconds: 20, agents: 12 },
    ],
    [
      "an overloaded queue (5 agents for 10 E)",
      { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 120, targetAnswerSeconds: 20, agents: 5 },
    ],
    [
      "impatient callers and a target longer than their patience",
      { calls: 50, intervalSeconds: 3600, ahtSeconds: 240, patienceSeconds: 30, targetAnswerSeconds: 60, agents: 3 },
    ],
    [
      "a 133 E queue with a zero-second target",
      { calls: 400, intervalSeconds: 900, ahtSeconds: 300, patienceSeconds: 600, targetAnswerSeconds: 0, agents: 140 },
    ],
    [
      "a 33 E queue at 15 s",
      { calls: 300, intervalSeconds: 1800, ahtSeconds: 200, patienceSeconds: 90, targetAnswerSeconds: 15, agents: 40 },
    ],
    [
      "a single agent facing 10 E",
      { calls: 30, intervalSeconds: 1800, ahtSeconds: 600, patienceSeconds: 45, targetAnswerSeconds: 300, agents: 1 },
    ],
  ];

  for (const [name, c] of cases) {
    it(`matches the 256-bit birth–death and uniformization oracle to 1e-10 relative for ${name}`, () => {
      const expected = erlangAOracle(c);
      const actual = engineAt(c);
      for (const key of ["pWait", "pAbandon", "serviceLevel", "asaSeconds", "asaAnsweredSeconds"] as const) {
        const value = actual[key] as number;
        expect(Math.abs(value - expected[key]), key).toBeLessThanOrEqual(1e-10 * Math.abs(expected[key]));
      }
    });
  }

  it("counts abandons against the service level and reports SL over answered contacts separately", () => {
    const metrics = engineAt(cases[1][1]);
    expect(metrics.serviceLevelAnswered).toBeCloseTo(metrics.serviceLevel / (1 - metrics.pAbandon), 12);
    expect(metrics.serviceLevel).toBeLessThan(metrics.serviceLevelAnswered);
  });

  it("reports no agents as everyone abandoning after their patience, with no answered wait", () => {
    const metrics = new ErlangAStaffing({
      trafficErlangs: 10,
      ahtSeconds: 180,
      patienceSeconds: 120,
      targetAnswerSeconds: 20,
    }).metricsAt(0);
    expect(metrics).toMatchObject({
      pWait: 1,
      pAbandon: 1,
      serviceLevel: 0,
      asaSeconds: 120,
      asaAnsweredSeconds: null,
    });
  });

  it("tends to Erlang C as patience grows, for N > A", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2000, noNaN: true }), fc.integer({ min: 1, max: 60 }), (load, above) => {
        const agents = Math.floor(load) + above;
        const base = { trafficErlangs: load, ahtSeconds: 300, targetAnswerSeconds: 20 };
        const c = erlangCMetrics(agents, base);
        const a = new ErlangAStaffing({ ...base, patienceSeconds: 1e12 }).metricsAt(agents);
        expect(Math.abs(a.pWait - c.pWait)).toBeLessThan(1e-6);
        expect(Math.abs(a.serviceLevel - c.serviceLevel)).toBeLessThan(1e-6);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("returns the minimal N, which may be below the load, with finite metrics up to 20,000 E", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 20_000, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 10, max: 900, noNaN: true }),
        fc.option(fc.double({ min: 0.6, max: 1, noNaN: true }), { nil: undefined }),
        (load, sl, patience, occupancy) => {
          const staffing = new ErlangAStaffing({
            trafficErlangs: load,
            ahtSeconds: 300,
            patienceSeconds: patience,
            targetAnswerSeconds: 20,
          });
          const targets = { serviceLevelFraction: sl, targetAnswerSeconds: 20, maxOccupancyFraction: occupancy };
          const agents = staffing.requiredAgents(targets);
          const metrics = staffing.metricsAt(agents);
          expect(Object.values(metrics).every((v) => v === null || Number.isFinite(v))).toBe(true);
          expect(meetsTargets(metrics, targets)).toBe(true);
          expect(meetsTargets(staffing.metricsAt(agents - 1), targets)).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("needs fewer agents than the load when callers are impatient and the target modest", () => {
    const staffing = new ErlangAStaffing({
      trafficErlangs: 100,
      ahtSeconds: 300,
      patienceSeconds: 30,
      targetAnswerSeconds: 60,
    });
    expect(staffing.requiredAgents({ serviceLevelFraction: 0.5, targetAnswerSeconds: 60 })).toBeLessThan(100);
  });

  it("stays finite from one agent to twice the load at 20,000 E", () => {
    const staffing = new ErlangAStaffing({
      trafficErlangs: 20_000,
      ahtSeconds: 300,
      patienceSeconds: 120,
      targetAnswerSeconds: 20,
    });
    for (const agents of [1, 5_000, 19_999, 20_000, 20_500, 40_000]) {
      const metrics = staffing.metricsAt(agents);
      expect(
        Object.values(metrics).every((v) => v === null || Number.isFinite(v)),
        String(agents),
      ).toBe(true);
      expect(metrics.pWait).toBeLessThanOrEqual(1);
    }
  });
});
