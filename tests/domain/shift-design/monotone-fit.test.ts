import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monotoneFitErrors, type Monotonicity } from "../../../api/domain/shift-design/monotone-fit";

const levelsOf = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);

/** Oracle: try every monotone sequence over the levels (fine for a handful of entries). */
function bruteForceError(values: number[], direction: Monotonicity): number {
  const levels = levelsOf(values);
  const search = (index: number, previous: number | null): number => {
    if (index === values.length) return 0;
    let best = Infinity;
    for (const level of levels) {
      const allowed = previous === null || (direction === "non_increasing" ? level <= previous : level >= previous);
      if (allowed) best = Math.min(best, Math.abs((values[index] ?? 0) - level) + search(index + 1, level));
    }
    return best;
  };
  return search(0, null);
}

describe("monotoneFitErrors", () => {
  it("charges a rise of 1, 2, 3 two units when coverage may not rise", () => {
    // Best non-increasing fit is the median, 2: |1−2| + 0 + |3−2| = 2.
    expect(monotoneFitErrors([1, 2, 3], 0, 2, "non_increasing", [1, 2, 3])).toEqual([1, 2]);
  });

  it("charges nothing for a profile that already has the required direction", () => {
    expect(monotoneFitErrors([5, 3, 3, 0], 0, 3, "non_increasing", [0, 3, 5])).toEqual([0, 0, 0]);
    expect(monotoneFitErrors([5, 3, 3, 0], 0, 3, "non_decreasing", [0, 3, 5])).toEqual([2, 2, 5]);
  });

  it("wraps around the end of the week", () => {
    expect(monotoneFitErrors([4, 0, 0, 1], 3, 1, "non_increasing", [0, 1, 4])).toEqual([3]);
  });

  it("matches exhaustive search on random windows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 6 }),
        fc.boolean(),
        (values, falling) => {
          const direction: Monotonicity = falling ? "non_increasing" : "non_decreasing";
          const errors = monotoneFitErrors(values, 0, values.length - 1, direction, levelsOf(values));
          expect(errors[values.length - 2]).toBe(bruteForceError(values, direction));
        },
      ),
      { seed: 20260309, numRuns: 200 },
    );
  });
});
