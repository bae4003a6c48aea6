import { describe, expect, it } from "vitest";
import { createSeededRandom } from "../../../api/domain/random/seeded-random";
import { drawExponential, drawGamma, drawLognormal } from "../../../api/domain/simulation/random-draws";

function meanAndCv(draw: () => number, count: number) {
  let sum = 0;
  let squares = 0;
  for (let index = 0; index < count; index++) {
    const value = draw();
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, cv: Math.sqrt(squares / count - mean * mean) / mean };
}

describe("the simulator's random draws", () => {
  const random = createSeededRandom(7);

  it("draws exponentials with the mean asked for and a CV of 1", () => {
    const { mean, cv } = meanAndCv(() => drawExponential(random, 300), 200_000);
    expect(mean).toBeCloseTo(300, -1);
    expect(cv).toBeCloseTo(1, 1);
  });

  it.each([0.5, 1.5])(
    "draws lognormals with the mean and the coefficient of variation %f asked for",
    (coefficientOfVariation) => {
      const { mean, cv } = meanAndCv(() => drawLognormal(random, 240, coefficientOfVariation), 400_000);
      expect(Math.abs(mean / 240 - 1)).toBeLessThan(0.02);
      expect(Math.abs(cv / coefficientOfVariation - 1)).toBeLessThan(0.08);
    },
  );

  it.each([0.25, 4])("draws gammas of shape %f with mean k and variance k", (shape) => {
    const { mean, cv } = meanAndCv(() => drawGamma(random, shape), 200_000);
    expect(Math.abs(mean / shape - 1)).toBeLessThan(0.02);
    expect(Math.abs(cv * cv * shape - 1)).toBeLessThan(0.05);
    expect(() => drawGamma(random, 0)).toThrow(RangeError);
  });
});
