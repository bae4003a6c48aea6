import type { ShiftDesignProblem } from "../../../api/domain/shift-design/problem";

/**
 * A week of 6-hour slots (4 per day): a morning shift type starting 06:00 and an evening type
 * starting 12:00 or 18:00, one or two slots long. Small enough to check every row by hand.
 */
export function buildMicroProblem(requirementsPerDay: number[] = [0, 2, 3, 1]): ShiftDesignProblem {
  return {
    slotMinutes: 360,
    requirements: Array.from({ length: 7 }, () => requirementsPerDay).flat(),
    shiftTypes: [
      { name: "morning", minStartSlot: 1, maxStartSlot: 1, minLengthSlots: 1, maxLengthSlots: 2 },
      { name: "evening", minStartSlot: 2, maxStartSlot: 3, minLengthSlots: 1, maxLengthSlots: 2 },
    ],
    objective: { weightShortage: 1, weightExcess: 1, weightShiftCount: 60 },
  };
}
