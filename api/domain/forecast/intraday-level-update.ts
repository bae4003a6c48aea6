/**
 * The intraday level update: today's arrivals so far against what the day-ahead forecast expected
 * for the same intervals say whether the day runs hot or cold, and the rest of the day is scaled by
 * that ratio, shrunk toward the day-ahead forecast by a weight w in [0, 1]:
 *
 *   updated(t) = dayAhead(t) · (1 + w · (R − 1)),   R = Σ_{s<cut} actual(s) / Σ_{s<cut} dayAhead(s)
 *
 * This is the multiplicative "day-level" idea of Weinberg, Brown & Stroud (2007, "Bayesian
 * forecasting of an inhomogeneous Poisson process with applications to call center data", JASA
 * 102(480), §5: the morning's counts update the posterior of the day's level, which scales the rest
 * of the day), with the posterior's shrinkage replaced by a weight learned out of sample, as Shen &
 * Huang (2008, "Interday forecasting and intraday updating of call center arrivals", M&SOM 10(3))
 * choose their penalised update's penalty by rolling validation (see intraday-weights.ts).
 */

/** R over the slots before `cutSlot` that were observed (not NaN); null when the forecast expected nothing there. */
export function observedLevelRatio(
  dayAhead: ArrayLike<number>,
  observed: ArrayLike<number>,
  cutSlot: number,
): number | null {
  let observedSum = 0;
  let forecastSum = 0;
  for (let slot = 0; slot < cutSlot; slot += 1) {
    if (Number.isNaN(observed[slot]) || Number.isNaN(dayAhead[slot])) continue;
    observedSum += observed[slot];
    forecastSum += dayAhead[slot];
  }
  return forecastSum > 0 ? observedSum / forecastSum : null;
}

/** The level multiplier 1 + w·(R − 1) = (1 − w) + w·R: never negative for R ≥ 0 and w in [0, 1]. */
export function levelMultiplier(ratio: number, weight: number): number {
  if (!(weight >= 0 && weight <= 1)) throw new RangeError(`weight must be in [0, 1], got ${weight}`);
  return 1 + weight * (ratio - 1);
}

/** A copy of the day's forecast with the slots from `cutSlot` on scaled by the level multiplier; earlier slots unchanged. */
export function applyLevelUpdate(
  dayAhead: ArrayLike<number>,
  cutSlot: number,
  ratio: number,
  weight: number,
): Float64Array {
  const multiplier = levelMultiplier(ratio, weight);
  const updated = Float64Array.from(dayAhead);
  for (let slot = cutSlot; slot < updated.length; slot += 1) updated[slot] *= multiplier;
  return updated;
}
