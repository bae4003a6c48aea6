/**
 * Smooths a yearly series with a triangular kernel that wraps around (week 52 neighbours week 1,
 * so the smoothing has no edge effects at New Year). Weights are halfWidth + 1 − |j| for offsets
 * j = −halfWidth … halfWidth; halfWidth 1 gives the classic 1-2-1 filter. Symmetric and
 * normalised, so the series' mean is preserved exactly.
 */
export function smoothCircular(values: number[], halfWidth: number): number[] {
  if (!Number.isInteger(halfWidth) || halfWidth < 0)
    throw new RangeError(`halfWidth must be a whole number ≥ 0, got ${halfWidth}`);
  const length = values.length;
  if (length === 0 || halfWidth === 0) return [...values];
  return values.map((_, index) => {
    let weightedSum = 0;
    let weightTotal = 0;
    for (let offset = -halfWidth; offset <= halfWidth; offset += 1) {
      const weight = halfWidth + 1 - Math.abs(offset);
      weightedSum += weight * values[(((index + offset) % length) + length) % length];
      weightTotal += weight;
    }
    return weightedSum / weightTotal;
  });
}
