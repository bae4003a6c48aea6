import { studentTQuantile } from "./student-t";

/** A replication mean with its 95 % confidence half-width (Student t over replications); null when undefined. */
export interface Estimate {
  mean: number | null;
  halfWidth95: number | null;
}

/**
 * Means and variances of many cells over replications, by Welford's online update (Welford,
 * Technometrics 4(3), 1962), so a long run never keeps its replications. A cell may be undefined in a
 * replication (no contact offered): it then averages over the replications that defined it.
 */
export class RunningEstimates {
  private readonly counts: Float64Array;
  private readonly means: Float64Array;
  private readonly squares: Float64Array;

  constructor(readonly size: number) {
    this.counts = new Float64Array(size);
    this.means = new Float64Array(size);
    this.squares = new Float64Array(size);
  }

  add(cell: number, value: number | null): void {
    if (value === null) return;
    const count = ++this.counts[cell]!;
    const delta = value - this.means[cell]!;
    this.means[cell]! += delta / count;
    this.squares[cell]! += delta * (value - this.means[cell]!);
  }

  estimate(cell: number): Estimate {
    const count = this.counts[cell]!;
    if (count === 0) return { mean: null, halfWidth95: null };
    if (count < 2) return { mean: this.means[cell]!, halfWidth95: null };
    const standardError = Math.sqrt(this.squares[cell]! / (count - 1) / count);
    return { mean: this.means[cell]!, halfWidth95: studentTQuantile(0.975, count - 1) * standardError };
  }
}
