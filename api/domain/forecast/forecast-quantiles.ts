/**
 * Quantiles of the count in an interval whose expected value is μ, with Poisson arrival noise plus
 * a model error proportional to the rate: Var = μ + c²μ², the negative binomial with r = 1/c²
 * (a Poisson–gamma mixture, Jongbloed & Koole 2001; c² = 0 is plain Poisson). Exact by summing
 * the probability mass up to μ = 200 (e^{−μ} stays far from underflow); beyond, the normal
 * approximation with the same variance, whose error there is under one count (skewness < 0.08). Returns whole counts, so a small queue staffs to a real
 * P80 rather than to 3.2 calls.
 */
export function countQuantile(mean: number, dispersion: number, probability: number): number {
  if (!(probability > 0 && probability < 1)) throw new RangeError(`probability must be in (0, 1), got ${probability}`);
  if (!(mean > 0)) return 0;
  if (mean > 200)
    return Math.max(0, Math.round(mean + normalQuantile(probability) * Math.sqrt(mean + dispersion * mean * mean)));
  let mass = firstMass(mean, dispersion);
  let cumulative = mass;
  let count = 0;
  while (cumulative < probability && count < 100_000) {
    mass *= nextMassRatio(mean, dispersion, count);
    cumulative += mass;
    count += 1;
  }
  return count;
}

/** P(0): Poisson e^{−μ}; negative binomial (r/(r+μ))^r. */
function firstMass(mean: number, dispersion: number): number {
  if (dispersion <= 1e-9) return Math.exp(-mean);
  const r = 1 / dispersion;
  return Math.exp(r * Math.log(r / (r + mean)));
}

/** P(k+1)/P(k): μ/(k+1) for Poisson, (k+r)/(k+1) · μ/(r+μ) for the negative binomial. */
function nextMassRatio(mean: number, dispersion: number, k: number): number {
  if (dispersion <= 1e-9) return mean / (k + 1);
  const r = 1 / dispersion;
  return ((k + r) / (k + 1)) * (mean / (r + mean));
}

/**
 * Inverse standard normal CDF by Acklam's rational approximation (relative error < 1.15e-9),
 * P. J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function".
 */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}
