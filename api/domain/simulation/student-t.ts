import { normalQuantile } from "../forecast/forecast-quantiles";

/**
 * Quantile of Student's t with ν degrees of freedom, by the Cornish–Fisher expansion around the
 * normal quantile (Abramowitz & Stegun, "Handbook of Mathematical Functions", 26.7.5). For the 0.975
 * quantile it gives 2.776 at ν = 4 (table: 2.776), 2.228 at ν = 10 (2.228) and 1.984 at ν = 100
 * (1.984). The expansion is poor below ν = 3, so ν = 1 and 2 use their closed forms (Cauchy:
 * tan(π(p − ½)); ν = 2: (2p − 1)/√(2p(1 − p))). Throws RangeError for ν < 1.
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom >= 1)) throw new RangeError(`degrees of freedom must be ≥ 1, got ${degreesOfFreedom}`);
  if (degreesOfFreedom === 1) return Math.tan(Math.PI * (probability - 0.5));
  if (degreesOfFreedom === 2) return (2 * probability - 1) / Math.sqrt(2 * probability * (1 - probability));
  const z = normalQuantile(probability);
  const nu = degreesOfFreedom;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * nu) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * nu ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * nu ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * nu ** 4)
  );
}
