import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateShiftDesign } from "../../../api/domain/shift-design/evaluate";
import { generateShiftDesignInstance } from "../../../api/domain/shift-design/generate-instance";
import { improveDesignLocally, nearbyCandidates } from "../../../api/domain/shift-design/local-search";
import type { DesignedShift } from "../../../api/domain/shift-design/problem";
import { buildMicroProblem } from "./micro-problem";

describe("improveDesignLocally", () => {
  it("covers the micro week exactly with the two shifts it needs", () => {
    // Per day 0, 2, 3, 1 people in the four 6-hour slots: 06:00+12h × 2 and 12:00+12h × 1 cover
    // it exactly, 120 in all; one shift cannot (every slot it covers would share one count).
    const problem = buildMicroProblem();
    const design = improveDesignLocally(problem, { seed: 1, rounds: 10 });
    expect(evaluateShiftDesign(problem, design)).toEqual({
      shortageMinutes: 0,
      excessMinutes: 0,
      shiftCount: 2,
      total: 120,
    });
  });

  it("never returns a design dearer than its start, and returns the same design for the same seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const { problem, planted } = generateShiftDesignInstance({
          seed,
          slotMinutes: 60,
          plantedShiftCount: 5,
          maxWorkersPerDay: 3,
          noiseFraction: 0.3,
        });
        const start: DesignedShift[] = planted.map((shift) => ({
          ...shift,
          workersPerDay: shift.workersPerDay.map((workers) => workers + 1),
        }));
        const first = improveDesignLocally(problem, { seed, rounds: 5, start });
        expect(evaluateShiftDesign(problem, first).total).toBeLessThanOrEqual(
          evaluateShiftDesign(problem, start).total,
        );
        expect(improveDesignLocally(problem, { seed, rounds: 5, start })).toEqual(first);
      }),
      { seed: 8, numRuns: 8 },
    );
  });

  it("improves on the planted design of a noisy instance by absorbing some of the noise", () => {
    const { problem, planted } = generateShiftDesignInstance({
      seed: 21,
      slotMinutes: 60,
      plantedShiftCount: 12,
      maxWorkersPerDay: 5,
      noiseFraction: 0.1,
    });
    const design = improveDesignLocally(problem, { seed: 1, rounds: 20, start: planted });
    expect(evaluateShiftDesign(problem, design).total).toBeLessThan(evaluateShiftDesign(problem, planted).total);
  });
});

describe("nearbyCandidates", () => {
  it("pairs shifts whose start and end are each within the given slots", () => {
    const candidates = [
      { startSlot: 6, lengthSlots: 8 },
      { startSlot: 7, lengthSlots: 7 },
      { startSlot: 7, lengthSlots: 8 },
      { startSlot: 8, lengthSlots: 8 },
    ];
    // Ends at 14, 14, 15 and 16: 8+8 is near 7+8 only (the others start or end 2 slots away).
    expect(nearbyCandidates(candidates, 1)).toEqual([[1, 2], [0, 2], [0, 1, 3], [2]]);
  });
});
