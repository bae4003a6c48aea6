import type { QueueSeries } from "./erlang-a-series";

/**
 * The served-within-t mass of the queue states, F = Σ_k c_k·P(V'_k ≤ t), in the scale of the
 * series (see erlang-a-series.ts). A contact behind k others is served within t when its offered
 * wait V_k ≤ t and its patience τ > V_k. With U = e^(−θV_k), U ~ Beta(a, k+1) (the sum of
 * exponentials at rates θ(a+i), i = 0…k, maps to a Beta variable), so
 * P(V_k ≤ t, τ > V_k) = E[U; U ≥ w] = (a/(a+k+1))·P(Beta(a+1, k+1) ≥ w), w = e^(−θt), and for a
 * whole second parameter P(Beta(a+1, k+1) ≥ w) = P(NB ≥ k+1), NB negative binomial with
 * pmf nb_j = (a+1)_j/j!·w^(a+1)·(1−w)^j (the Beta–negative-binomial duality; Johnson, Kotz &
 * Balakrishnan, "Continuous Univariate Distributions" vol. 2, ch. 25). Swapping the sums:
 *   F = Σ_j nb_j·prefix_{j−1}          (form B, positive terms; good when F is small), or
 *   F = Σc − Σ_j nb_j·suffix_j          (form A; one subtraction, exact to a bit when F ≥ Σc/2),
 * with prefix/suffix the partial sums of c_k. Form A is tried first as it needs only j < count.
 */
const TAIL_TOLERANCE = 2 ** -60;
const RESCALE_ABOVE = 2 ** 500;
const RESCALE_BY = 2 ** -500;
const RESCALE_LOG = 500 * Math.LN2;

/** Walks nb_j in a scaled form: nb_j = mantissa·e^(logScale). */
class NegativeBinomialWalk {
  mantissa = 1;
  logScale: number;
  private index = 0;
  constructor(
    private readonly shape: number,
    private readonly failShare: number,
    logFirst: number,
  ) {
    this.logScale = logFirst;
  }
  /** The ratio nb_{j+1}/nb_j at the current j; decreasing in j. */
  nextRatio(): number {
    return ((this.shape + this.index) * this.failShare) / (this.index + 1);
  }
  /** Moves to j+1; returns the factor by which running sums must be multiplied to stay in scale. */
  advance(): number {
    this.mantissa *= this.nextRatio();
    this.index++;
    if (this.mantissa <= RESCALE_ABOVE) return 1;
    this.mantissa *= RESCALE_BY;
    this.logScale += RESCALE_LOG;
    return RESCALE_BY;
  }
}

/**
 * F for the series at a = Nμ/θ, where exponentFirst = (a+1)·θt = N·t/AHT + t/patience (so that
 * nb_0 = e^(−exponentFirst) needs no power) and thetaT = θt = t/patience.
 */
export function servedWithinMass(series: QueueSeries, a: number, exponentFirst: number, thetaT: number): number {
  const failShare = -Math.expm1(-thetaT);
  const { served, count } = series;
  let total = 0;
  for (let k = 0; k < count; k++) total += served[k];
  // w = e^(−θt) below 1e-16: every queued contact that is served at all is served within t.
  if (failShare >= 1) return total;
  const walkA = new NegativeBinomialWalk(a + 1, failShare, -exponentFirst);
  let prefix = 0;
  let notWithin = 0;
  for (let j = 0; j < count; j++) {
    notWithin += walkA.mantissa * (total - prefix);
    prefix += served[j];
    notWithin *= walkA.advance();
  }
  const notWithinMass = notWithin * Math.exp(walkA.logScale);
  if (notWithinMass <= total / 2) return total - notWithinMass;
  return formB(series, total, new NegativeBinomialWalk(a + 1, failShare, -exponentFirst));
}

function formB(series: QueueSeries, total: number, walk: NegativeBinomialWalk): number {
  const { served, count } = series;
  let prefix = 0;
  let within = 0;
  for (let j = 1; ; j++) {
    within *= walk.advance();
    if (j - 1 < count) prefix += served[j - 1];
    within += walk.mantissa * prefix;
    if (j < count) continue;
    const ratio = walk.nextRatio();
    const tailBound = (walk.mantissa * total * ratio) / (1 - ratio);
    if (walk.mantissa === 0 || (ratio < 1 && tailBound <= TAIL_TOLERANCE * within)) break;
  }
  return within * Math.exp(walk.logScale);
}
