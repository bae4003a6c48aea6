import { describe, expect, it } from "vitest";
import {
  accumulateErrors,
  biasFraction,
  emptyErrorSums,
  mase,
  wmapeFraction,
} from "../../../api/domain/forecast/accuracy";
import { poissonFloorWmapeFraction, poissonMeanAbsoluteDeviation } from "../../../api/domain/forecast/poisson-floor";

/** Σ_k |k − λ| e^{−λ} λ^k / k!, summed far into the tail: the definition the closed form must match. */
function bruteForcePoissonMad(rate: number): number {
  let mass = Math.exp(-rate);
  let sum = 0;
  for (let k = 0; k < 200; k += 1) {
    sum += Math.abs(k - rate) * mass;
    mass *= rate / (k + 1);
  }
  return sum;
}

describe("fractional volumes in the accuracy measures", () => {
  it("takes a fractional count as the Poisson rate itself: the closed form holds for any real λ > 0", () => {
    for (const rate of [0.25, 0.5, 2.5, 45.5])
      expect(poissonMeanAbsoluteDeviation(rate)).toBeCloseTo(bruteForcePoissonMad(rate), 12);
    expect(poissonFloorWmapeFraction([0.25, 45.5])).toBeCloseTo(
      (bruteForcePoissonMad(0.25) + bruteForcePoissonMad(45.5)) / 45.75,
      12,
    );
  });

  it("computes wMAPE, bias and MASE on fractional actuals without rounding them", () => {
    const sums = accumulateErrors(emptyErrorSums(), [45.5, 0.25, 12.75], [44, 1, 12.75]);
    expect(wmapeFraction(sums)).toBeCloseTo((1.5 + 0.75) / 58.5, 12);
    expect(biasFraction(sums)).toBeCloseTo((-1.5 + 0.75) / 58.5, 12);
    expect(mase(sums, 0.5)).toBeCloseTo(2.25 / 3 / 0.5, 12);
  });
});
