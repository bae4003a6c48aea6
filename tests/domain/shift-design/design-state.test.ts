import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enumerateCandidateShifts } from "../../../api/domain/shift-design/candidate-shifts";
import { DesignState } from "../../../api/domain/shift-design/design-state";
import { evaluateShiftDesign } from "../../../api/domain/shift-design/evaluate";
import { buildMicroProblem } from "./micro-problem";

const problem = buildMicroProblem();
const candidates = enumerateCandidateShifts(problem);
const step = fc.record({
  index: fc.nat({ max: candidates.length - 1 }),
  day: fc.nat({ max: 6 }),
  delta: fc.integer({ min: -2, max: 3 }),
});

describe("DesignState", () => {
  it("keeps its total equal to evaluateShiftDesign through any sequence of worker changes", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const state = new DesignState(problem, candidates);
        for (const { index, day, delta } of steps) {
          if ((state.workers[index * 7 + day] ?? 0) + delta >= 0) state.addWorkers(index, day, delta);
        }
        expect(state.total).toBe(evaluateShiftDesign(problem, state.toShifts()).total);
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it("prices a pair of changes exactly as applying them does", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), step, step, (setup, a, b) => {
        const state = new DesignState(problem, candidates);
        for (const { index, day, delta } of setup) state.addWorkers(index, day, Math.abs(delta));
        const change = (move: typeof a) => ({
          first: state.firstSlot(move.index, move.day),
          lengthSlots: candidates[move.index]?.lengthSlots ?? 0,
          workers: Math.abs(move.delta),
        });
        const predicted = state.deviationDelta([change(a), change(b)]);
        const before = state.deviationCost;
        state.addWorkers(a.index, a.day, Math.abs(a.delta));
        state.addWorkers(b.index, b.day, Math.abs(b.delta));
        expect(state.deviationCost - before).toBe(predicted);
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it("restores a snapshot exactly", () => {
    const state = new DesignState(problem, candidates);
    state.addWorkers(0, 1, 2);
    const saved = state.snapshot();
    const total = state.total;
    state.addWorkers(3, 4, 1);
    state.addWorkers(0, 1, -2);
    state.restore(saved);
    expect(state.total).toBe(total);
    expect(state.toShifts()).toEqual([{ ...candidates[0], workersPerDay: [0, 2, 0, 0, 0, 0, 0] }]);
  });
});
