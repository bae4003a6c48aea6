import type { CandidateShift, ShiftDesignProblem } from "./problem";

/**
 * Every distinct (start, length) allowed by at least one shift type, in start then length order.
 * Two types whose windows overlap yield the same shift once: the objective counts distinct shifts,
 * not types.
 */
export function enumerateCandidateShifts(problem: Pick<ShiftDesignProblem, "shiftTypes">): CandidateShift[] {
  const keys = new Set<string>();
  const shifts: CandidateShift[] = [];
  for (const type of problem.shiftTypes) {
    for (let startSlot = type.minStartSlot; startSlot <= type.maxStartSlot; startSlot += 1) {
      for (let lengthSlots = type.minLengthSlots; lengthSlots <= type.maxLengthSlots; lengthSlots += 1) {
        const key = `${startSlot}/${lengthSlots}`;
        if (keys.has(key)) continue;
        keys.add(key);
        shifts.push({ startSlot, lengthSlots });
      }
    }
  }
  return shifts.sort((a, b) => a.startSlot - b.startSlot || a.lengthSlots - b.lengthSlots);
}
