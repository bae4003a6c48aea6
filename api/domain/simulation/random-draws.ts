import type { SeededRandom } from "../random/seeded-random";

/** Continuous draws the simulator needs, from the project's seeded generator (api/domain/random/seeded-random.ts). */

/** Exponential with the given mean, by inversion (1 − U lies in (0, 1], so the log is finite). */
export function drawExponential(random: SeededRandom, mean: number): number {
  return -mean * Math.log(1 - random.next());
}

/**
 * Lognormal with the given mean and coefficient of variation (standard deviation ÷ mean):
 * σ² = ln(1 + cv²), μ = ln(mean) − σ²/2, so that E[X] = mean and sd[X] = cv·mean.
 */
export function drawLognormal(random: SeededRandom, mean: number, coefficientOfVariation: number): number {
  const variance = Math.log(1 + coefficientOfVariation * coefficientOfVariation);
  return Math.exp(Math.log(mean) - variance / 2 + Math.sqrt(variance) * random.normal());
}

/**
 * Gamma with shape k and scale 1, by Marsaglia & Tsang, "A simple method for generating gamma
 * variables", ACM TOMS 26(3), 2000; for k < 1 the boost Gamma(k) = Gamma(k + 1)·U^(1/k) from the same paper.
 * Throws RangeError for shape ≤ 0.
 */
export function drawGamma(random: SeededRandom, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
  if (shape < 1) return drawGamma(random, shape + 1) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = random.normal();
    const v = Math.pow(1 + c * x, 3);
    if (v <= 0) continue;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}
