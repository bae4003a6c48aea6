import type { SeededRandom } from "../random/seeded-random";
import { drawGamma } from "./random-draws";

/**
 * A queue's arrivals as a non-homogeneous Poisson process whose rate is constant within each
 * interval (expected arrivals ÷ interval length), generated one arrival at a time by inverting the
 * cumulative intensity: draw E ~ Exp(1) and walk forward until the intensity accumulated since the
 * last arrival reaches E (Law, "Simulation Modeling and Analysis", 5th ed., §8.6.2). Exact for a
 * piecewise-constant rate, and needs no sorting and no thinning.
 */
export class ArrivalProcess {
  private readonly ratesPerSecond: Float64Array;

  /**
   * With dispersion c² > 0 each interval's rate is first multiplied by a Gamma(1/c², c²) draw (mean 1,
   * variance c²), which makes the count per interval Poisson–gamma (negative binomial), as the forecast's quantiles assume.
   */
  constructor(
    expectedArrivals: readonly number[],
    private readonly intervalSeconds: number,
    dispersion: number,
    random: SeededRandom,
  ) {
    this.ratesPerSecond = Float64Array.from(expectedArrivals, (expected) => {
      const multiplier = dispersion > 0 && expected > 0 ? drawGamma(random, 1 / dispersion) * dispersion : 1;
      return (Math.max(0, expected) * multiplier) / intervalSeconds;
    });
  }

  /** The first arrival after `fromSeconds`, or +∞ when none comes before the last interval ends. */
  nextArrival(fromSeconds: number, random: SeededRandom): number {
    let remainingIntensity = -Math.log(1 - random.next());
    let time = fromSeconds;
    for (let interval = Math.floor(time / this.intervalSeconds); interval < this.ratesPerSecond.length; interval++) {
      const rate = this.ratesPerSecond[interval]!;
      const intervalEnd = (interval + 1) * this.intervalSeconds;
      const intensityLeft = rate * (intervalEnd - time);
      if (rate > 0 && intensityLeft >= remainingIntensity) return time + remainingIntensity / rate;
      remainingIntensity -= intensityLeft;
      time = intervalEnd;
    }
    return Number.POSITIVE_INFINITY;
  }
}
