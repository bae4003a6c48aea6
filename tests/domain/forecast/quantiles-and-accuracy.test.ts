import { describe, expect, it } from "vitest";
import {
  accumulateErrors,
  biasFraction,
  emptyErrorSums,
  mase,
  wmapeFraction,
} from "../../../api/domain/forecast/accuracy";
import { countQuantile, normalQuantile } from "../../../api/domain/forecast/forecast-quantiles";
import { poissonMeanAbsoluteDeviation } from "../../../api/domain/forecast/poisson-floor";

describe("countQuantile", () => {
  it("matches Poisson(10) quantiles from its CDF (P(X ≤ 9) = 0.4579, P(X ≤ 12) = 0.7916, P(X ≤ 13) = 0.8645, P(X ≤ 14) = 0.9165)", () => {
    expect([0.5, 0.8, 0.9].map((p) => countQuantile(10, 0, p))).toEqual([10, 13, 14]);
  });

  it("widens with model error (negative binomial) and is 0 for no expected volume", () => {
    expect(countQuantile(10, 0.25, 0.9)).toBeGreaterThan(countQuantile(10, 0, 0.9));
    expect(countQuantile(0, 0.25, 0.9)).toBe(0);
  });

  it("joins the exact sum and the normal approximation without a jump", () => {
    expect(Math.abs(countQuantile(200, 0.01, 0.8) - countQuantile(200.001, 0.01, 0.8))).toBeLessThanOrEqual(1);
  });

  it("inverts the standard normal (Φ⁻¹(0.975) = 1.959964)", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
  });
});

describe("accuracy", () => {
  it("computes wMAPE, bias and MASE from their definitions", () => {
    const sums = accumulateErrors(emptyErrorSums(), [100, 50, 0], [90, 60, 5]);
    expect(wmapeFraction(sums)).toBeCloseTo(25 / 150, 12);
    expect(biasFraction(sums)).toBeCloseTo(5 / 150, 12);
    expect(mase(sums, 10)).toBeCloseTo(25 / 3 / 10, 12);
  });

  it("gives the Poisson mean absolute deviation 2/e at rate 1 and about √(2λ/π) for large λ", () => {
    expect(poissonMeanAbsoluteDeviation(1)).toBeCloseTo(2 / Math.E, 12);
    expect(poissonMeanAbsoluteDeviation(4500) / Math.sqrt((2 * 4500) / Math.PI)).toBeCloseTo(1, 3);
  });
});
