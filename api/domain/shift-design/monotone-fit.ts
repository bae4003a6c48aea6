export type Monotonicity = "non_increasing" | "non_decreasing";

/**
 * For every window of `values` (cyclic) starting at `first` with 2..maxWindowLength+1 entries: the
 * least Σ|values[i] − c[i]| over monotone sequences c (L1 isotonic regression). Returns
 * errors[length - 2] for windows of `length` entries. The optimal c can be chosen among the data
 * values (Robertson, Wright & Dykstra 1988, "Order Restricted Statistical Inference", ch. 1), so a
 * dynamic programme over the distinct values extends the window one entry at a time.
 */
export function monotoneFitErrors(
  values: number[],
  first: number,
  maxWindowLength: number,
  direction: Monotonicity,
  levels: number[],
): number[] {
  const levelCount = levels.length;
  const valueAt = (offset: number): number => values[(first + offset) % values.length] ?? 0;
  let best = levels.map((level) => Math.abs(valueAt(0) - level));
  const errors: number[] = [];
  for (let offset = 1; offset <= maxWindowLength; offset += 1) {
    const reachable = bestPredecessors(best, direction);
    const value = valueAt(offset);
    best = Array.from(
      { length: levelCount },
      (_, index) => (reachable[index] ?? 0) + Math.abs(value - (levels[index] ?? 0)),
    );
    errors.push(Math.min(...best));
  }
  return errors;
}

/**
 * reachable[k] = least error so far ending at a level the next entry may follow from level k:
 * levels ≥ levels[k] when falling (non-increasing), ≤ levels[k] when rising. `levels` is ascending.
 */
function bestPredecessors(best: number[], direction: Monotonicity): number[] {
  const reachable = new Array<number>(best.length);
  let running = Infinity;
  if (direction === "non_increasing") {
    for (let index = best.length - 1; index >= 0; index -= 1) {
      running = Math.min(running, best[index] ?? Infinity);
      reachable[index] = running;
    }
  } else {
    for (let index = 0; index < best.length; index += 1) {
      running = Math.min(running, best[index] ?? Infinity);
      reachable[index] = running;
    }
  }
  return reachable;
}
