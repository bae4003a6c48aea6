import type { ShiftDesignModel } from "./build-model";
import type { DesignedShift } from "./problem";

/**
 * The shifts a solution chose: every candidate with at least one worker on some day, in start
 * then length order. The objective is recomputed from these shifts (evaluate.ts) rather than read
 * from the slack variables, so what is reported is what the shifts really do.
 */
export function decodeShifts(built: ShiftDesignModel, values: number[]): DesignedShift[] {
  const shifts: DesignedShift[] = [];
  built.candidates.forEach((candidate, index) => {
    const workersPerDay = (built.workers[index] ?? []).map((variable) =>
      variable === null ? 0 : Math.max(0, Math.round(values[variable] ?? 0)),
    );
    if (workersPerDay.some((workers) => workers > 0)) shifts.push({ ...candidate, workersPerDay });
  });
  return shifts;
}

/** The solver's variable values for a design, e.g. to hand a heuristic design to the solver as a start. */
export function encodeShifts(
  built: ShiftDesignModel,
  requirements: number[],
  shifts: DesignedShift[],
  coverage: number[],
): number[] {
  const values = new Array<number>(built.model.variables.length).fill(0);
  const indexByKey = new Map(
    built.candidates.map((candidate, index) => [`${candidate.startSlot}/${candidate.lengthSlots}`, index]),
  );
  for (const shift of shifts) {
    const index = indexByKey.get(`${shift.startSlot}/${shift.lengthSlots}`);
    if (index === undefined) throw new RangeError(`shift ${shift.startSlot}/${shift.lengthSlots} is not a candidate`);
    values[built.uses[index] as number] = 1;
    shift.workersPerDay.forEach((workers, day) => {
      const variable = built.workers[index]?.[day];
      if (variable !== null && variable !== undefined) values[variable] = workers;
    });
  }
  requirements.forEach((required, slot) => {
    values[built.shortage[slot] as number] = Math.max(0, required - (coverage[slot] ?? 0));
    values[built.excess[slot] as number] = Math.max(0, (coverage[slot] ?? 0) - required);
  });
  for (const { variable, uses } of built.aggregates)
    values[variable] = uses.reduce((sum, use) => sum + (values[use] ?? 0), 0);
  return values;
}
