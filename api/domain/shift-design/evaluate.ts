import { DAYS_PER_WEEK, coveredSlots, slotsPerDayOf, type DesignedShift, type ShiftDesignProblem } from "./problem";

export interface ShiftDesignObjective {
  /** Person-minutes below the requirement over the week. */
  shortageMinutes: number;
  /** Person-minutes above the requirement over the week. */
  excessMinutes: number;
  /** Distinct shifts with at least one worker. */
  shiftCount: number;
  /** weightShortage·shortageMinutes + weightExcess·excessMinutes + weightShiftCount·shiftCount. */
  total: number;
}

/** Workers on duty per slot of the week, from the designed shifts. */
export function coverageOf(problem: ShiftDesignProblem, shifts: DesignedShift[]): number[] {
  const slotsPerDay = slotsPerDayOf(problem);
  const coverage = new Array<number>(problem.requirements.length).fill(0);
  for (const shift of shifts) {
    for (let day = 0; day < DAYS_PER_WEEK; day += 1) {
      const workers = shift.workersPerDay[day] ?? 0;
      if (workers === 0) continue;
      for (const slot of coveredSlots(shift, day, slotsPerDay)) coverage[slot] = (coverage[slot] ?? 0) + workers;
    }
  }
  return coverage;
}

/** The objective of a design, computed from the shifts alone (the decoder's and the tests' oracle). */
export function evaluateShiftDesign(problem: ShiftDesignProblem, shifts: DesignedShift[]): ShiftDesignObjective {
  const coverage = coverageOf(problem, shifts);
  let shortageSlots = 0;
  let excessSlots = 0;
  problem.requirements.forEach((required, slot) => {
    const onDuty = coverage[slot] ?? 0;
    shortageSlots += Math.max(0, required - onDuty);
    excessSlots += Math.max(0, onDuty - required);
  });
  const shortageMinutes = shortageSlots * problem.slotMinutes;
  const excessMinutes = excessSlots * problem.slotMinutes;
  const shiftCount = shifts.filter((shift) => shift.workersPerDay.some((workers) => workers > 0)).length;
  const { weightShortage, weightExcess, weightShiftCount } = problem.objective;
  return {
    shortageMinutes,
    excessMinutes,
    shiftCount,
    total: weightShortage * shortageMinutes + weightExcess * excessMinutes + weightShiftCount * shiftCount,
  };
}
