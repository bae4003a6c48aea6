/**
 * Sums over the queue states N+k (k ≥ 0) of the Erlang A (M/M/N+M) birth–death chain, relative to
 * π_N. With a = Nμ/θ and y = λ/θ (μ = 1/AHT, θ = 1/mean patience), the chain gives
 * π_{N+k}/π_N = t_k = y^k / ∏_{i=1..k}(a+i) (Mandelbaum & Zeltyn, "Service engineering in action:
 * the Palm/Erlang-A queue, with applications to call centers", 2007, §3; their A(x, y) is Σ t_k).
 * A contact arriving behind k others passes k+1 exponential stages at rates θ(a+i), i = k…0, while
 * its own patience runs out at rate θ, so it is served with probability a/(a+k+1) and, while
 * served, spends Σ_{i=0..k} a/(θ(a+k+1)(a+i+1)) in queue on average. Every sum below has positive
 * terms only, so no cancellation; terms are summed until the geometric tail bound is below 2^-60 of
 * the smallest sum. When the load exceeds capacity (y > a) terms grow like e^(y−a); they are
 * rescaled by exact powers of two and the scale is returned as a natural logarithm.
 */
export interface QueueSeries {
  /** Σ t_k = (1/π_N)·P(wait). */
  stateMass: number;
  /** Σ k·t_k = (1/π_N)·E[queue length]. */
  queueLengthMass: number;
  /** Σ c_k, c_k = t_k·a/(a+k+1) = (1/π_N)·P(queued and served). */
  servedMass: number;
  /** Σ c_k·h_k, h_k = Σ_{i=1..k+1} 1/(a+i) = (θ/π_N)·E[wait; queued and served]. */
  servedWaitMass: number;
  /** Every mass and `served` entry is the true value times e^(−logScale). */
  logScale: number;
  /** c_0 … c_{count−1}; the buffer may be longer. */
  served: Float64Array;
  count: number;
}

const TAIL_TOLERANCE = 2 ** -60;
const RESCALE_ABOVE = 2 ** 500;
const RESCALE_BY = 2 ** -500;
const RESCALE_LOG = 500 * Math.LN2;

/** A reusable buffer for the c_k (the SL computation needs them); grown on demand. */
export interface SeriesScratch {
  served: Float64Array;
}

export function createSeriesScratch(): SeriesScratch {
  return { served: new Float64Array(1024) };
}

function grow(scratch: SeriesScratch): void {
  const larger = new Float64Array(scratch.served.length * 2);
  larger.set(scratch.served);
  scratch.served = larger;
}

/** The queue sums for a = Nμ/θ > 0 and y = λ/θ > 0. */
export function sumQueueSeries(a: number, y: number, scratch: SeriesScratch): QueueSeries {
  let term = 1;
  let stateMass = 0,
    queueLengthMass = 0,
    servedMass = 0,
    servedWaitMass = 0,
    harmonic = 0,
    logScale = 0;
  for (let k = 0; ; k++) {
    if (k === scratch.served.length) grow(scratch);
    const stageCount = a + k + 1;
    harmonic += 1 / stageCount;
    const servedTerm = (term * a) / stageCount;
    scratch.served[k] = servedTerm;
    stateMass += term;
    queueLengthMass += k * term;
    servedMass += servedTerm;
    servedWaitMass += servedTerm * harmonic;
    const ratio = y / stageCount;
    const tailBound = (term * (k + 2)) / ((1 - ratio) * (1 - ratio));
    if (k >= 1 && ratio < 1 && tailBound <= TAIL_TOLERANCE * Math.min(queueLengthMass, servedMass, servedWaitMass)) {
      return { stateMass, queueLengthMass, servedMass, servedWaitMass, logScale, served: scratch.served, count: k + 1 };
    }
    term *= ratio;
    if (term > RESCALE_ABOVE) {
      term *= RESCALE_BY;
      stateMass *= RESCALE_BY;
      queueLengthMass *= RESCALE_BY;
      servedMass *= RESCALE_BY;
      servedWaitMass *= RESCALE_BY;
      for (let i = 0; i <= k; i++) scratch.served[i] *= RESCALE_BY;
      logScale += RESCALE_LOG;
    }
  }
}
