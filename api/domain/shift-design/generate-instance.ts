import { enumerateCandidateShifts } from "./candidate-shifts";
import { coverageOf } from "./evaluate";
import { DAYS_PER_WEEK, type DesignedShift, type ShiftDesignProblem, type ShiftType } from "./problem";
import { mulberry32 } from "../random/seeded-random";

export interface GeneratorOptions {
  seed: number;
  slotMinutes: number;
  /** Distinct shifts in the planted design. */
  plantedShiftCount: number;
  /** Most workers a planted shift has on one day. */
  maxWorkersPerDay: number;
  /** Fraction of slots whose requirement is then moved by ±1, so the planted design is no longer exact. */
  noiseFraction: number;
}

export interface GeneratedInstance {
  problem: ShiftDesignProblem;
  /** The design the requirements were built from: an upper bound (exact when noiseFraction is 0). */
  planted: DesignedShift[];
}

/**
 * Synthetic instances built as the DBAI benchmark's random ones were (Musliu, Schaerf & Slany
 * 2004, §6: pick shifts and workers per day at random and sum their coverage into the
 * requirements), with four contact-center-like shift types whose windows are three hours of starts
 * and 7–9 hour lengths, so 15-minute slots give 468 candidate shifts.
 */
export function generateShiftDesignInstance(options: GeneratorOptions): GeneratedInstance {
  const random = mulberry32(options.seed);
  const slotsPerHour = 60 / options.slotMinutes;
  const shiftTypes: ShiftType[] = [
    { name: "M", startHour: 5 },
    { name: "D", startHour: 9 },
    { name: "A", startHour: 13 },
    { name: "N", startHour: 21 },
  ].map(({ name, startHour }) => ({
    name,
    minStartSlot: startHour * slotsPerHour,
    maxStartSlot: (startHour + 3) * slotsPerHour,
    minLengthSlots: 7 * slotsPerHour,
    maxLengthSlots: 9 * slotsPerHour,
  }));
  const objective = { weightShortage: 1, weightExcess: 1, weightShiftCount: 60 };
  const candidates = enumerateCandidateShifts({ shiftTypes });
  const planted: DesignedShift[] = [];
  while (planted.length < Math.min(options.plantedShiftCount, candidates.length)) {
    const candidate = candidates[Math.floor(random() * candidates.length)];
    if (
      !candidate ||
      planted.some((shift) => shift.startSlot === candidate.startSlot && shift.lengthSlots === candidate.lengthSlots)
    )
      continue;
    const workersPerDay = Array.from({ length: DAYS_PER_WEEK }, () =>
      Math.floor(random() * (options.maxWorkersPerDay + 1)),
    );
    if (!workersPerDay.some((workers) => workers > 0)) workersPerDay[0] = 1;
    planted.push({ ...candidate, workersPerDay });
  }
  const base: ShiftDesignProblem = { slotMinutes: options.slotMinutes, requirements: [], shiftTypes, objective };
  base.requirements = new Array<number>(DAYS_PER_WEEK * 24 * slotsPerHour).fill(0);
  const requirements = coverageOf(base, planted).map((required) =>
    random() < options.noiseFraction ? Math.max(0, required + (random() < 0.5 ? -1 : 1)) : required,
  );
  return { problem: { ...base, requirements }, planted };
}
