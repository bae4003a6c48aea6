import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { usefulWorkerLimit } from "../../../api/domain/shift-design/build-model";
import { enumerateCandidateShifts } from "../../../api/domain/shift-design/candidate-shifts";
import { evaluateShiftDesign } from "../../../api/domain/shift-design/evaluate";
import { coveredSlots, type DesignedShift } from "../../../api/domain/shift-design/problem";
import { buildMicroProblem } from "./micro-problem";

const even = { weightShortage: 1, weightExcess: 1, weightShiftCount: 60 };

describe("usefulWorkerLimit", () => {
  it("is the median requirement when shortage and excess weigh the same", () => {
    expect(usefulWorkerLimit([1, 5, 9], even)).toBe(5);
    expect(usefulWorkerLimit([0, 0, 7], even)).toBe(0);
  });

  it("is the largest requirement when excess costs nothing, and 0 when shortage costs nothing", () => {
    expect(usefulWorkerLimit([1, 5, 9], { ...even, weightExcess: 0 })).toBe(9);
    expect(usefulWorkerLimit([1, 5, 9], { ...even, weightShortage: 0 })).toBe(0);
  });

  it("leans towards covering when shortage costs more than excess", () => {
    // A 5th worker is over in the four slots needing 1–4 and covers a shortfall only in the one
    // needing 9: it pays when a person-minute short costs more than four over.
    expect(usefulWorkerLimit([1, 2, 3, 4, 9], { ...even, weightShortage: 5 })).toBe(9);
    expect(usefulWorkerLimit([1, 2, 3, 4, 9], { ...even, weightShortage: 4 })).toBe(4);
  });

  it("never makes a design dearer when workers above the limit are dropped one at a time", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 28, maxLength: 28 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 7, maxLength: 7 }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (requirements, workers, weightShortage, weightExcess) => {
          const problem = {
            ...buildMicroProblem(),
            requirements,
            objective: { weightShortage, weightExcess, weightShiftCount: 60 },
          };
          const design: DesignedShift[] = enumerateCandidateShifts(problem).map((shift, index) => ({
            ...shift,
            workersPerDay: [...(workers[index] ?? [])],
          }));
          let total = evaluateShiftDesign(problem, design).total;
          for (const shift of design) {
            for (let day = 0; day < 7; day += 1) {
              const limit = usefulWorkerLimit(
                coveredSlots(shift, day, 4).map((slot) => requirements[slot] ?? 0),
                problem.objective,
              );
              while ((shift.workersPerDay[day] ?? 0) > limit) {
                shift.workersPerDay[day] = (shift.workersPerDay[day] ?? 0) - 1;
                const next = evaluateShiftDesign(problem, design).total;
                expect(next).toBeLessThanOrEqual(total);
                total = next;
              }
            }
          }
        },
      ),
      { seed: 17, numRuns: 200 },
    );
  });
});
