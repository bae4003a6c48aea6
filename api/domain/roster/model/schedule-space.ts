import type { CandidateShift } from "./candidate-shift";
import { weekLimitsOf } from "../rules/contract-hours";
import type { PreparedProblem } from "./prepare";
import { MS_PER_MINUTE } from "../../time/durations";

/**
 * One agent's candidate shifts arranged for the schedule search (schedule-search.ts): by local
 * day, each day's shifts by start and by end, lengths in units of the greatest common divisor of
 * the lengths, and the weekly limits. Agents whose spaces have the same signature face the same
 * choices at the same costs and are searched once.
 */
export interface ScheduleSpace {
  /** Candidate indices (into the full candidate list) of this agent's shifts; local shift s is candidates[s]. */
  candidates: number[];
  startMs: Float64Array;
  endMs: Float64Array;
  lengthUnits: Int32Array;
  week: Int32Array;
  /** Own cost of each shift in objective units (avoided minutes × weight). */
  ownCost: Float64Array;
  /** Consecutive local days from the first to the last shift's day; each lists its local shifts by start and by end. */
  days: { byStart: Int32Array; byEnd: Int32Array }[];
  unitMinutes: number;
  minRestMs: number;
  maxConsecutiveDays: number;
  weekMaxShifts: Int32Array;
  weekMaxUnits: Int32Array;
  /** Below-contract cost of a week as a function of its rostered units: belowWeight × max(0, min − units × unit). */
  weekMinMinutes: Float64Array;
  belowWeight: number;
  signature: string;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** Builds the space of one agent from its candidates (global indices into `candidates`, any order). */
export function scheduleSpaceOf(
  prepared: PreparedProblem,
  candidates: CandidateShift[],
  agentIndex: number,
  members: number[],
  skillKey: string,
): ScheduleSpace {
  const { source } = prepared;
  const contract = source.agents[agentIndex].contract;
  const sorted = [...members].sort(
    (a, b) =>
      candidates[a].startMs - candidates[b].startMs || candidates[a].lengthMinutes - candidates[b].lengthMinutes,
  );
  const unitMinutes =
    sorted.reduce((unit, index) => greatestCommonDivisor(candidates[index].lengthMinutes, unit), 0) || 1;
  const count = sorted.length;
  const space: ScheduleSpace = {
    candidates: sorted,
    startMs: new Float64Array(count),
    endMs: new Float64Array(count),
    lengthUnits: new Int32Array(count),
    week: new Int32Array(count),
    ownCost: new Float64Array(count),
    days: [],
    unitMinutes,
    minRestMs: source.rules.minRestMinutes * MS_PER_MINUTE,
    maxConsecutiveDays: contract.maxConsecutiveDays,
    weekMaxShifts: new Int32Array(prepared.weeks.length),
    weekMaxUnits: new Int32Array(prepared.weeks.length),
    weekMinMinutes: new Float64Array(prepared.weeks.length),
    belowWeight: source.weights.belowContractMinute,
    signature: "",
  };
  prepared.weeks.forEach((week, weekIndex) => {
    const limits = weekLimitsOf(contract, week, prepared.agentPaidLeave[agentIndex]);
    space.weekMaxShifts[weekIndex] = limits.maxShifts;
    space.weekMaxUnits[weekIndex] = Math.floor(limits.maxMinutes / unitMinutes + 1e-9);
    space.weekMinMinutes[weekIndex] = limits.minMinutes;
  });
  const avoidWeight = source.weights.avoidedMinute;
  // The weekly minima differ between agents of one contract when their time off does (contract-hours.ts).
  const signatureParts = [skillKey, JSON.stringify(contract), space.weekMinMinutes.join(",")];
  sorted.forEach((index, local) => {
    const shift = candidates[index];
    space.startMs[local] = shift.startMs;
    space.endMs[local] = shift.endMs;
    space.lengthUnits[local] = shift.lengthMinutes / unitMinutes;
    space.week[local] = shift.weekIndex;
    space.ownCost[local] = avoidWeight > 0 && shift.avoidedMinutes > 0 ? avoidWeight * shift.avoidedMinutes : 0;
    signatureParts.push(
      `${shift.startMs}:${shift.lengthMinutes}:${shift.epochDay}:${shift.avoidedMinutes}:${shift.breaks.map((pause) => pause.startMs - shift.startMs).join("/")}`,
    );
  });
  space.signature = signatureParts.join("|");
  space.days = daysOf(
    sorted.map((index) => candidates[index].epochDay),
    space.endMs,
  );
  return space;
}

function daysOf(epochDays: number[], endMs: Float64Array): { byStart: Int32Array; byEnd: Int32Array }[] {
  if (epochDays.length === 0) return [];
  const first = epochDays[0];
  const last = epochDays[epochDays.length - 1];
  const lists: number[][] = Array.from({ length: last - first + 1 }, () => []);
  epochDays.forEach((day, local) => lists[day - first].push(local));
  return lists.map((list) => ({
    byStart: Int32Array.from(list),
    byEnd: Int32Array.from([...list].sort((a, b) => endMs[a] - endMs[b])),
  }));
}

/** The below-contract cost of a week in which `units` length units are rostered. */
export function belowCostOf(space: ScheduleSpace, week: number, units: number): number {
  return space.belowWeight * Math.max(0, space.weekMinMinutes[week] - units * space.unitMinutes);
}
