/**
 * The Poisson floor: the wMAPE a perfect rate forecast still has, because arrivals at a known rate
 * λ are Poisson and scatter around it. Mean absolute deviation of Poisson(λ) is
 * 2 e^{−λ} λ^{⌊λ⌋+1} / ⌊λ⌋! (Johnson, Kemp & Kotz, "Univariate Discrete Distributions", 3rd ed.,
 * §4.3), computed in logs because λ^k/k! overflows for λ in the thousands.
 */
export function poissonMeanAbsoluteDeviation(rate: number): number {
  if (!(rate > 0)) return 0;
  const floorRate = Math.floor(rate);
  return 2 * Math.exp(-rate + (floorRate + 1) * Math.log(rate) - logFactorial(floorRate));
}

/** ln(n!) by summation up to 256 and Stirling's series beyond (error < 1e-10 there). */
export function logFactorial(n: number): number {
  if (n < 256) {
    let sum = 0;
    for (let k = 2; k <= n; k += 1) sum += Math.log(k);
    return sum;
  }
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/** Σ MAD(rate) / Σ rate over intervals, taking the actual counts as the rates. */
export function poissonFloorWmapeFraction(actuals: ArrayLike<number>): number {
  let deviation = 0;
  let total = 0;
  for (let i = 0; i < actuals.length; i += 1) {
    if (Number.isNaN(actuals[i])) continue;
    deviation += poissonMeanAbsoluteDeviation(actuals[i]);
    total += actuals[i];
  }
  return total > 0 ? deviation / total : Number.NaN;
}
