import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smoothCircular } from "../../../api/domain/capacity/circular-smoothing";

describe("smoothCircular", () => {
  it("applies the 1-2-1 filter and wraps the last value next to the first", () => {
    expect(smoothCircular([4, 0, 0, 0], 1)).toEqual([2, 1, 0, 1]);
  });

  it("leaves the series unchanged with half-width 0 and rejects a negative one", () => {
    expect(smoothCircular([1, 5, 2], 0)).toEqual([1, 5, 2]);
    expect(() => smoothCircular([1], -1)).toThrow(RangeError);
  });

  it("preserves the mean of any series", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (values, halfWidth) => {
          const mean = (series: number[]) => series.reduce((sum, value) => sum + value, 0) / series.length;
          return Math.abs(mean(smoothCircular(values, halfWidth)) - mean(values)) < 1e-12;
        },
      ),
      { seed: 8, numRuns: 200 },
    );
  });
});
