import { DAYS_PER_WEEK, MINUTES_PER_DAY } from "../time/durations";

/**
 * The minimum shift design problem (Musliu, Schaerf & Slany 2004, "Local search for shift design",
 * EJOR 153; Di Gaspero, Gärtner, Kortsarz, Musliu, Schaerf & Slany 2007, "The minimum shift design
 * problem", Annals of OR 155): over a cyclic week cut into slots, choose shifts (a start time of day
 * and a length, the same every day they are worked) and how many people work each of them on each
 * day, minimising weighted person-minutes short and over the requirement plus a cost per distinct
 * shift. Slot 0 is Monday 00:00; a shift may run past midnight and Sunday wraps to Monday.
 */
/** The cyclic week is the calendar week. */
export { DAYS_PER_WEEK };

export interface ShiftType {
  name: string;
  /** Start window, in slots after 00:00 of the shift's day, both ends included. */
  minStartSlot: number;
  maxStartSlot: number;
  minLengthSlots: number;
  maxLengthSlots: number;
}

export interface ShiftDesignWeights {
  /** Cost per person-minute short of the requirement. */
  weightShortage: number;
  /** Cost per person-minute above the requirement. */
  weightExcess: number;
  /** Cost per distinct shift used. */
  weightShiftCount: number;
}

export interface ShiftDesignProblem {
  slotMinutes: number;
  /** Required workers per slot, 7 × (1440 / slotMinutes) values, Monday 00:00 first. */
  requirements: number[];
  shiftTypes: ShiftType[];
  objective: ShiftDesignWeights;
}

/** A shift as the problem's facts see it: where it starts in the day and how long it lasts. */
export interface CandidateShift {
  startSlot: number;
  lengthSlots: number;
}

export interface DesignedShift extends CandidateShift {
  /** People working this shift on each day, Monday first. */
  workersPerDay: number[];
}

export function slotsPerDayOf(problem: Pick<ShiftDesignProblem, "slotMinutes">): number {
  return MINUTES_PER_DAY / problem.slotMinutes;
}

/** Global slot indices (Monday 00:00 = 0, cyclic) that a shift started on `day` covers. */
export function coveredSlots(shift: CandidateShift, day: number, slotsPerDay: number): number[] {
  const weekSlots = DAYS_PER_WEEK * slotsPerDay;
  const first = day * slotsPerDay + shift.startSlot;
  return Array.from({ length: shift.lengthSlots }, (_, offset) => (first + offset) % weekSlots);
}

/** "Mon 07:15": the readable name of a global slot used in row and variable names. */
export function describeSlot(slot: number, slotsPerDay: number, slotMinutes: number): string {
  const dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const day = Math.floor(slot / slotsPerDay);
  return `${dayNames[day] ?? `day${day}`} ${clockOf(slot % slotsPerDay, slotMinutes)}`;
}

/** "07:15+8h30": the readable name of a shift. */
export function describeShift(shift: CandidateShift, slotMinutes: number): string {
  const lengthMinutes = shift.lengthSlots * slotMinutes;
  const minutes = lengthMinutes % 60 === 0 ? "" : String(lengthMinutes % 60).padStart(2, "0");
  return `${clockOf(shift.startSlot, slotMinutes)}+${Math.floor(lengthMinutes / 60)}h${minutes}`;
}

function clockOf(slotOfDay: number, slotMinutes: number): string {
  const minutes = slotOfDay * slotMinutes;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
