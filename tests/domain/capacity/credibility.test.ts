import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { credibilityWeightedRates } from "../../../api/domain/capacity/credibility";

describe("credibilityWeightedRates", () => {
  it("matches a hand computation of the Bühlmann–Straub semiparametric estimate", () => {
    // Groups: 20/100, 5/100, 5/200. μ = 30/400 = 0.075, v = 0.075 × 0.925 = 0.069375.
    // Σ nᵢ(Xᵢ − μ)² = 100·0.125² + 100·0.025² + 200·0.05² = 1.5625 + 0.0625 + 0.5 = 2.125.
    // a = (2.125 − 2·0.069375) / (400 − (100² + 100² + 200²)/400) = 1.98625 / 250 = 0.007945.
    // k = 0.069375 / 0.007945 = 8.7319…, Z₁ = 100 / 108.7319… = 0.91969…
    const estimate = credibilityWeightedRates([
      { events: 20, exposure: 100 },
      { events: 5, exposure: 100 },
      { events: 5, exposure: 200 },
    ]);
    expect(estimate.overallRate).toBeCloseTo(0.075, 12);
    expect(estimate.credibilityK).toBeCloseTo(0.069375 / 0.007945, 9);
    const z1 = 100 / (100 + 0.069375 / 0.007945);
    expect(estimate.rates[0]).toBeCloseTo(z1 * 0.2 + (1 - z1) * 0.075, 12);
  });

  it("gives every group the overall rate when the groups differ no more than chance", () => {
    const estimate = credibilityWeightedRates([
      // Σ nᵢ(Xᵢ − μ)² = 0.0667 is below (G − 1)·v = 2 · (2/15)(13/15) = 0.231, so a < 0.
      { events: 1, exposure: 10 },
      { events: 1, exposure: 10 },
      { events: 2, exposure: 10 },
    ]);
    expect(estimate.credibilityK).toBeNull();
    expect(estimate.rates).toEqual([4 / 30, 4 / 30, 4 / 30]);
  });

  it("gives a group without exposure the overall rate, and zeros when nothing is exposed", () => {
    expect(
      credibilityWeightedRates([
        { events: 10, exposure: 50 },
        { events: 0, exposure: 0 },
        { events: 1, exposure: 50 },
      ]).rates[1],
    ).toBeCloseTo(0.11, 12);
    expect(credibilityWeightedRates([{ events: 0, exposure: 0 }]).rates).toEqual([0]);
  });

  it("always lands between a group's own rate and the overall rate", () => {
    const group = fc.record({
      exposure: fc.integer({ min: 1, max: 500 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 2, maxLength: 20 }), (raw) => {
        const groups = raw.map(({ exposure, share }) => ({ exposure, events: Math.round(share * exposure) }));
        const estimate = credibilityWeightedRates(groups);
        return groups.every((g, index) => {
          const own = g.events / g.exposure;
          const [low, high] = [Math.min(own, estimate.overallRate), Math.max(own, estimate.overallRate)];
          return estimate.rates[index] >= low - 1e-12 && estimate.rates[index] <= high + 1e-12;
        });
      }),
      { seed: 8, numRuns: 200 },
    );
  });
});
