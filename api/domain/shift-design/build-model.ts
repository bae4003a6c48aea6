import type { LinearTerm, MilpModel } from "../roster/milp/solver-port";
import { enumerateCandidateShifts } from "./candidate-shifts";
import { ModelBuilder } from "./model-builder";
import {
  DAYS_PER_WEEK,
  coveredSlots,
  describeShift,
  describeSlot,
  slotsPerDayOf,
  type CandidateShift,
  type ShiftDesignProblem,
  type ShiftDesignWeights,
} from "./problem";
import { addTransitionCuts, DEFAULT_CUT_WINDOW_MINUTES, type AggregateVariable } from "./transition-cuts";

/** The MILP plus where each decision lives in it, for the decoder and the start heuristic. */
export interface ShiftDesignModel {
  model: MilpModel;
  candidates: CandidateShift[];
  /** workers[candidate][day]: variable index, or null when the shift can never be useful that day. */
  workers: (number | null)[][];
  /** uses[candidate]: the 0-1 variable "this shift is one of the designed shifts". */
  uses: number[];
  shortage: number[];
  excess: number[];
  /** Counts of shifts starting or ending at each time of day, used by the transition cuts. */
  aggregates: AggregateVariable[];
}

export interface BuildOptions {
  /** Longest window of the transition cuts (see transition-cuts.ts); 0 turns them off. */
  cutWindowMinutes?: number;
  /**
   * Build over these shifts only (a restricted problem whose designs are all designs of the full
   * one, for primal heuristics); every allowed shift when omitted.
   */
  candidates?: CandidateShift[];
}

/**
 * The MILP of Di Gaspero et al. (2007, §2): integer workers x[s,d] per candidate shift and day, 0-1
 * uses y[s], shortage u[t] and excess o[t] per slot, with cover(t): Σ x covering t + u[t] − o[t] =
 * r[t]. Objective: slotMinutes·(wShort·Σu + wExcess·Σo) + wCount·Σy, all in person-minute units.
 */
export function buildShiftDesignModel(problem: ShiftDesignProblem, options: BuildOptions = {}): ShiftDesignModel {
  const slotsPerDay = slotsPerDayOf(problem);
  const weekSlots = DAYS_PER_WEEK * slotsPerDay;
  const builder = new ModelBuilder();
  const slotName = (slot: number): string => describeSlot(slot, slotsPerDay, problem.slotMinutes);
  const shortage = problem.requirements.map((required, slot) =>
    builder.addVariable({
      name: `short(t=${slotName(slot)})`,
      lower: 0,
      upper: required,
      isInteger: false,
      cost: problem.objective.weightShortage * problem.slotMinutes,
    }),
  );
  const excess = problem.requirements.map((_, slot) =>
    builder.addVariable({
      name: `over(t=${slotName(slot)})`,
      lower: 0,
      upper: Infinity,
      isInteger: false,
      cost: problem.objective.weightExcess * problem.slotMinutes,
    }),
  );
  const candidates = options.candidates ?? enumerateCandidateShifts(problem);
  const coverTerms: LinearTerm[][] = Array.from({ length: weekSlots }, () => []);
  const uses: number[] = [];
  const workers = candidates.map((shift) => {
    const shiftName = describeShift(shift, problem.slotMinutes);
    const use = builder.addVariable({
      name: `uses(shift=${shiftName})`,
      lower: 0,
      upper: 1,
      isInteger: true,
      cost: problem.objective.weightShiftCount,
    });
    uses.push(use);
    const perDay = Array.from({ length: DAYS_PER_WEEK }, (_, day) =>
      addWorkersOnDay(builder, problem, shift, day, use, coverTerms),
    );
    const worked = perDay.filter((variable): variable is number => variable !== null);
    // A shift chosen but worked by nobody only costs: y ≤ Σ x keeps such empty shifts out.
    builder.addRow(
      `used_only_if_worked(shift=${shiftName})`,
      [{ variable: use, coefficient: 1 }, ...worked.map((variable) => ({ variable, coefficient: -1 }))],
      -Infinity,
      0,
    );
    return perDay;
  });
  coverTerms.forEach((terms, slot) => {
    const deviation = [
      { variable: shortage[slot] as number, coefficient: 1 },
      { variable: excess[slot] as number, coefficient: -1 },
    ];
    const required = problem.requirements[slot] ?? 0;
    builder.addRow(`cover(t=${slotName(slot)})`, [...terms, ...deviation], required, required);
  });
  const cutContext = { problem, candidates, uses, shortage, excess };
  const aggregates = addTransitionCuts(builder, cutContext, options.cutWindowMinutes ?? DEFAULT_CUT_WINDOW_MINUTES);
  return { model: builder.build(), candidates, workers, uses, shortage, excess, aggregates };
}

/**
 * x[s,d] with upper bound M = usefulWorkerLimit (below), which is also the big-M of link(s,d):
 * x[s,d] ≤ M·y[s], far tighter than a global M.
 */
function addWorkersOnDay(
  builder: ModelBuilder,
  problem: ShiftDesignProblem,
  shift: CandidateShift,
  day: number,
  use: number,
  coverTerms: LinearTerm[][],
): number | null {
  const slots = coveredSlots(shift, day, slotsPerDayOf(problem));
  const maxUsefulWorkers = usefulWorkerLimit(
    slots.map((slot) => problem.requirements[slot] ?? 0),
    problem.objective,
  );
  if (maxUsefulWorkers === 0) return null;
  const name = `shift=${describeShift(shift, problem.slotMinutes)},day=${day}`;
  const variable = builder.addVariable({
    name: `workers(${name})`,
    lower: 0,
    upper: maxUsefulWorkers,
    isInteger: true,
    cost: 0,
  });
  for (const slot of slots) coverTerms[slot]?.push({ variable, coefficient: 1 });
  builder.addRow(
    `link(${name})`,
    [
      { variable, coefficient: 1 },
      { variable: use, coefficient: -maxUsefulWorkers },
    ],
    -Infinity,
    0,
  );
  return variable;
}

/**
 * The most workers one shift can usefully have on one day: the largest k whose k-th worker can
 * still pay, i.e. wExcess·#{t : r[t] < k} < wShortage·#{t : r[t] ≥ k} over the shift's slots (a
 * weighted median of its requirements). With k on the shift, coverage is at least k everywhere
 * on it, so its slots with r[t] < k are already over and dropping one worker saves wExcess there
 * and costs at most wShortage elsewhere: never more in total, and the shift count can only fall.
 * Dropping such workers one at a time turns any design into one within these limits that costs
 * no more, so the limits keep an optimal design (they cut off only dominated ones).
 */
export function usefulWorkerLimit(requirements: number[], weights: ShiftDesignWeights): number {
  const sorted = [...requirements].sort((a, b) => a - b);
  let limit = 0;
  for (let workers = 1; workers <= (sorted.at(-1) ?? 0); workers += 1) {
    const below = sorted.filter((required) => required < workers).length;
    if (weights.weightExcess * below < weights.weightShortage * (sorted.length - below)) limit = workers;
    else break;
  }
  return limit;
}
