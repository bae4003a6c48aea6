import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { advanceInverseB, erlangB } from "../../../api/domain/staffing/erlang-b";
import { erlangCMetrics, requiredAgentsErlangC } from "../../../api/domain/staffing/erlang-c";
import { meetsTargets } from "../../../api/domain/staffing/targets";

const SEED = 20260309;

/** Erlang B as an exact rational for a rational load p/q: (A^N/N!) / Σ_{k≤N} A^k/k!. */
function exactErlangB(agents: number, loadNumerator: bigint, loadDenominator: bigint): number {
  let term = 1n << 0n;
  let termDenominator = 1n;
  const terms: Array<[bigint, bigint]> = [[1n, 1n]];
  for (let k = 1; k <= agents; k++) {
    term *= loadNumerator;
    termDenominator *= loadDenominator * BigInt(k);
    terms.push([term, termDenominator]);
  }
  const common = termDenominator;
  const scaled = terms.map(([n, d]) => (n * common) / d);
  const sum = scaled.reduce((s, v) => s + v, 0n);
  const precision = 10n ** 40n;
  return Number((scaled[agents] * precision) / sum) / 1e40;
}

describe("Erlang B", () => {
  it("matches the exact rational value to 1e-14 relative, well past the factorial overflow at 170", () => {
    const cases: Array<[number, bigint, bigint]> = [
      [10, 5n, 1n],
      [5, 2n, 1n],
      [30, 55n, 2n],
      [250, 240n, 1n],
      [400, 7605n, 20n],
    ];
    for (const [agents, p, q] of cases) {
      const exact = exactErlangB(agents, p, q);
      expect(Math.abs(erlangB(agents, Number(p) / Number(q)) - exact) / exact).toBeLessThan(1e-14);
    }
  });

  it("started near the load agrees with the recursion from B(0) = 1 to 1e-13 for loads up to 20,000 E", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 20_000, noNaN: true }), fc.integer({ min: 0, max: 600 }), (load, above) => {
        const agents = Math.floor(load) + 1 + above;
        const fromZero = 1 / advanceInverseB(1, 0, agents, load);
        const fast = erlangB(agents, load);
        expect(Math.abs(fast - fromZero)).toBeLessThanOrEqual(1e-13 * fromZero);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("Erlang C", () => {
  // callcentrehelper.com, "Erlang C Formula – Made Simple With an Easy Worked Example"
  // (www.callcentrehelper.com; the example most Erlang C calculators are checked against): 100 calls in 30 minutes,
  // AHT 180 s, 80 % in 20 s → A = 10 E, 14 agents, P(wait) 17.41 %, SL 88.84 %, ASA 7.84 s,
  // occupancy 71.4 %.
  const reference = { trafficErlangs: 10, ahtSeconds: 180, targetAnswerSeconds: 20 };

  it("reproduces the callcentrehelper.com worked example at 14 agents", () => {
    const metrics = erlangCMetrics(14, reference);
    expect(metrics.pWait).toBeCloseTo(0.1741, 4);
    expect(metrics.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(metrics.asaSeconds).toBeCloseTo(7.84, 2);
    expect(metrics.occupancy).toBeCloseTo(0.714, 3);
  });

  it("needs 14 agents for 80/20 with occupancy capped at 85 %, and 13 fail the service level", () => {
    const targets = { serviceLevelFraction: 0.8, targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 };
    expect(requiredAgentsErlangC(reference, targets)).toBe(14);
    expect(erlangCMetrics(13, reference).serviceLevel).toBeLessThan(0.8);
  });

  it("needs 26 agents, not 27, for 22.1 E at an 85 % occupancy cap (22.1/26 is 0.85 up to float noise)", () => {
    expect(
      requiredAgentsErlangC(
        { trafficErlangs: 22.1, ahtSeconds: 180, targetAnswerSeconds: 20 },
        { targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 },
      ),
    ).toBe(26);
    expect(
      requiredAgentsErlangC(
        { trafficErlangs: 22.11, ahtSeconds: 180, targetAnswerSeconds: 20 },
        { targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 },
      ),
    ).toBe(27);
  });

  it("reports zero calls as idle and N ≤ A as unstable instead of throwing", () => {
    expect(erlangCMetrics(0, { ...reference, trafficErlangs: 0 })).toEqual({
      pWait: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      occupancy: 0,
    });
    expect(
      requiredAgentsErlangC(
        { ...reference, trafficErlangs: 0 },
        { serviceLevelFraction: 0.8, targetAnswerSeconds: 20 },
      ),
    ).toBe(0);
    expect(erlangCMetrics(10, reference)).toEqual({
      pWait: 1,
      serviceLevel: 0,
      asaSeconds: Number.POSITIVE_INFINITY,
      occupancy: 1,
    });
  });

  it("keeps P(wait) in [0, 1] and non-increasing, and SL non-decreasing, as agents are added", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 20_000, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 600 }),
        (load, above, t) => {
          const input = { trafficErlangs: load, ahtSeconds: 300, targetAnswerSeconds: t };
          const agents = Math.floor(load) + above;
          const here = erlangCMetrics(agents, input);
          const next = erlangCMetrics(agents + 1, input);
          for (const value of [here.pWait, here.serviceLevel, here.occupancy])
            expect(Number.isFinite(value)).toBe(true);
          expect(here.pWait).toBeGreaterThanOrEqual(0);
          expect(here.pWait).toBeLessThanOrEqual(1);
          expect(next.pWait).toBeLessThanOrEqual(here.pWait);
          expect(next.serviceLevel).toBeGreaterThanOrEqual(here.serviceLevel);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("returns the minimal N: it meets every target and N − 1 fails one, with finite metrics up to 20,000 E", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 20_000, noNaN: true }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 120, noNaN: true }), { nil: undefined }),
        fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }),
        (load, sl, asa, occupancy) => {
          const input = { trafficErlangs: load, ahtSeconds: 240, targetAnswerSeconds: 20 };
          const targets = {
            serviceLevelFraction: sl,
            targetAnswerSeconds: 20,
            asaSeconds: asa,
            maxOccupancyFraction: occupancy,
          };
          const agents = requiredAgentsErlangC(input, targets);
          const metrics = erlangCMetrics(agents, input);
          expect(Object.values(metrics).every(Number.isFinite)).toBe(true);
          expect(meetsTargets(metrics, targets)).toBe(true);
          expect(meetsTargets(erlangCMetrics(agents - 1, input), targets)).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
