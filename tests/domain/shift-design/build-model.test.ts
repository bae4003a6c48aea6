import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildShiftDesignModel } from "../../../api/domain/shift-design/build-model";
import { encodeShifts } from "../../../api/domain/shift-design/decode";
import { coverageOf } from "../../../api/domain/shift-design/evaluate";
import { generateShiftDesignInstance } from "../../../api/domain/shift-design/generate-instance";
import type { DesignedShift, ShiftDesignProblem } from "../../../api/domain/shift-design/problem";
import type { MilpModel } from "../../../api/domain/roster/milp/solver-port";
import { buildMicroProblem } from "./micro-problem";

const rowsNamed = (model: MilpModel, prefix: string) => model.rows.filter((row) => row.name.startsWith(`${prefix}(`));
const variableNamed = (model: MilpModel, name: string) => model.variables.find((variable) => variable.name === name);

/** Every row of the model holds (within 1e-9) for the given values. */
function violatedRows(model: MilpModel, values: number[]): string[] {
  return model.rows
    .filter((row) => {
      const activity = row.terms.reduce((sum, term) => sum + term.coefficient * (values[term.variable] ?? 0), 0);
      return activity < row.lower - 1e-9 || activity > row.upper + 1e-9;
    })
    .map((row) => row.name);
}

describe("buildShiftDesignModel", () => {
  const problem = buildMicroProblem();
  const built = buildShiftDesignModel(problem);

  it("adds one cover row per slot with the requirement on both sides", () => {
    const cover = rowsNamed(built.model, "cover");
    expect(cover).toHaveLength(28);
    expect(cover.find((row) => row.name === "cover(t=Mon 12:00)")).toMatchObject({ lower: 3, upper: 3 });
  });

  it("prices shortage and excess per person-minute and each distinct shift by its weight", () => {
    expect(variableNamed(built.model, "short(t=Tue 06:00)")).toMatchObject({ cost: 360, upper: 2 });
    expect(variableNamed(built.model, "over(t=Tue 06:00)")).toMatchObject({ cost: 360 });
    expect(variableNamed(built.model, "uses(shift=06:00+12h)")).toMatchObject({ cost: 60, isInteger: true, upper: 1 });
  });

  it("bounds workers on a shift by the weighted median of the requirements it covers and links them to its use", () => {
    // 06:00+6h covers only the 06:00 slot (2 required); 06:00+12h covers 06:00 and 12:00 (2 and 3
    // required): a third worker there is over at 06:00 and short-saving at 12:00 only, a wash.
    expect(variableNamed(built.model, "workers(shift=06:00+6h,day=0)")).toMatchObject({ upper: 2, isInteger: true });
    const link = rowsNamed(built.model, "link").find((row) => row.name === "link(shift=06:00+12h,day=3)");
    expect(link?.terms.map((term) => term.coefficient)).toEqual([1, -2]);
  });

  it("adds start and end cuts where the requirement rises and falls", () => {
    const starts = rowsNamed(built.model, "start_needed");
    const ends = rowsNamed(built.model, "end_needed");
    expect(starts.find((row) => row.name === "start_needed(from=Mon 00:00,to=Mon 06:00)")).toMatchObject({ lower: 2 });
    expect(ends.find((row) => row.name === "end_needed(from=Mon 12:00,to=Mon 18:00)")).toMatchObject({ lower: 2 });
    expect(starts.length).toBeGreaterThan(0);
    expect(ends.length).toBeGreaterThan(0);
  });

  it("leaves the cuts out when their window is 0", () => {
    const plain = buildShiftDesignModel(problem, { cutWindowMinutes: 0 });
    expect(rowsNamed(plain.model, "start_needed")).toHaveLength(0);
    expect(plain.model.rows.length).toBeLessThan(built.model.rows.length);
  });

  it("keeps every design whose shifts are worked within their bounds feasible, cuts included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 8 }), (seed, shiftCount) => {
        const generated = generateShiftDesignInstance({
          seed,
          slotMinutes: 60,
          plantedShiftCount: 6,
          maxWorkersPerDay: 3,
          noiseFraction: 0.3,
        });
        const model = buildShiftDesignModel(generated.problem);
        const design = randomDesignWithinBounds(generated.problem, model.model, seed, shiftCount);
        const values = encodeShifts(
          model,
          generated.problem.requirements,
          design,
          coverageOf(generated.problem, design),
        );
        expect(violatedRows(model.model, values)).toEqual([]);
      }),
      { seed: 5, numRuns: 40 },
    );
  });
});

/** Random shifts from the candidates, each worked on at least one day and never above its workers' upper bound. */
function randomDesignWithinBounds(
  problem: ShiftDesignProblem,
  model: MilpModel,
  seed: number,
  shiftCount: number,
): DesignedShift[] {
  const built = buildShiftDesignModel(problem);
  let state = seed;
  const next = (limit: number): number => {
    state = (Math.imul(state, 48271) + 11) % 2147483647;
    return Math.abs(state) % limit;
  };
  const chosen = new Set<number>();
  while (chosen.size < Math.min(shiftCount, built.candidates.length)) chosen.add(next(built.candidates.length));
  return [...chosen].flatMap((index) => {
    const workersPerDay = (built.workers[index] ?? []).map((variable) =>
      variable === null ? 0 : next((model.variables[variable]?.upper ?? 0) + 1),
    );
    const candidate = built.candidates[index];
    return candidate && workersPerDay.some((workers) => workers > 0) ? [{ ...candidate, workersPerDay }] : [];
  });
}
