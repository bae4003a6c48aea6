/**
 * Erlang B by the stable recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)) (Jagerman, "Some
 * properties of the Erlang loss function", Bell System Technical Journal 53, 1974), never by
 * A^N/N!, which overflows past N ≈ 170. The recursion is carried as the inverse
 * R(n) = 1/B(n) = 1 + (n/A)·R(n−1): one multiply-add per step, no division, and an R that overflows
 * only when B is below 1e-308 (B then reads 0, which is its value in double precision).
 */

/** Where to start the recursion for agents ≥ A, and R there. */
export interface InverseBStart {
  agents: number;
  inverseB: number;
}

/** Minimum contraction e^(−60) of the start error; see startInverseB. */
const CONTRACTION_EXPONENT = 60;

/**
 * Starts the R recursion so that R(n) for every n ≥ A is exact to double precision without walking
 * up from n = 0. The recursion is affine, R(n) = 1 + (n/A)·R(n−1), so an error δ in R(n0) reaches
 * R(n) multiplied by ∏_{m=n0+1..n} m/A. Carried load cannot exceed the agents, A·(1 − B) ≤ n, so
 * 1 ≤ R(n0) ≤ A/(A − n0) and starting at the upper bound errs by less than A/d, d = A − n0.
 * Beyond ⌊A⌋ the factors exceed 1, but R(n) ≥ ∏_{m=⌊A⌋+1..n} m/A grows at least as fast, so the
 * relative error for every n ≥ A is below (A/d)·∏_{k<d}(1 − k/A) ≤ (A/d)·e^(−d(d−1)/(2A)).
 * With d(d−1) ≥ 120·A that is below 1e-24 for any A < 1e12: far under one rounding error. Loads
 * too small for such a d start at the true origin B(0) = 1. Saves ~⅔ of the steps at 2,000 Erlangs.
 */
export function startInverseB(trafficErlangs: number): InverseBStart {
  const gapAgents = Math.ceil(Math.sqrt(2 * CONTRACTION_EXPONENT * trafficErlangs)) + 1;
  const startAgents = Math.floor(trafficErlangs) - gapAgents;
  if (startAgents <= 0) return { agents: 0, inverseB: 1 };
  return { agents: startAgents, inverseB: trafficErlangs / (trafficErlangs - startAgents) };
}

/** Carries R = 1/B from `fromAgents` up to `toAgents` (≥ fromAgents). */
export function advanceInverseB(
  inverseB: number,
  fromAgents: number,
  toAgents: number,
  trafficErlangs: number,
): number {
  const perErlang = 1 / trafficErlangs;
  let r = inverseB;
  for (let n = fromAgents + 1; n <= toAgents; n++) r = 1 + r * n * perErlang;
  return r;
}

/**
 * Erlang B blocking probability of `agents` servers offered `trafficErlangs`. Returns 0 for a zero
 * load and 1 for zero agents with a positive load. Throws RangeError for negative or non-finite
 * arguments.
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  if (!Number.isFinite(trafficErlangs) || trafficErlangs < 0)
    throw new RangeError(`trafficErlangs must be finite and ≥ 0, got ${trafficErlangs}`);
  if (trafficErlangs === 0) return agents === 0 ? 1 : 0;
  const start = agents >= trafficErlangs ? startInverseB(trafficErlangs) : { agents: 0, inverseB: 1 };
  return 1 / advanceInverseB(start.inverseB, start.agents, agents, trafficErlangs);
}

/**
 * The blocking odds G(n) = B(n)/(1 − B(n)) for n = 1…maxAgents (index 0 is +∞), the form Erlang A
 * needs: G(1) = A and G(n) = (A/n)·G(n−1)/(1 + G(n−1)), which follows from R(n) − 1 = (n/A)·R(n−1).
 * It never computes 1 − B, so no cancellation when B is near 1, and underflows gracefully to 0.
 * `into` is grown and reused.
 */
export function fillBlockingOdds(
  into: Float64Array,
  fromAgents: number,
  toAgents: number,
  trafficErlangs: number,
): void {
  if (fromAgents === 0) into[0] = Number.POSITIVE_INFINITY;
  for (let n = Math.max(1, fromAgents); n <= toAgents; n++) {
    const previous = into[n - 1];
    into[n] = n === 1 ? trafficErlangs : ((trafficErlangs / n) * previous) / (1 + previous);
  }
}
