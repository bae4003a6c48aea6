import type { LinearTerm } from "../roster/milp/solver-port";
import type { ModelBuilder } from "./model-builder";
import { monotoneFitErrors, type Monotonicity } from "./monotone-fit";
import { DAYS_PER_WEEK, describeSlot, slotsPerDayOf, type CandidateShift, type ShiftDesignProblem } from "./problem";

/**
 * Valid inequalities that tie the distinct-shift count to the requirement profile; without them
 * the LP spreads y[s] = x/M thinly and the bound ignores almost all of the shift-count cost.
 *
 * Coverage rises from slot t−1 to t only if some shift starts at t, and falls only if some shift
 * ends there. So if no chosen shift starts at any time of day within (a, b], coverage is
 * non-increasing over slots a..b of that day, and the person-slots of deviation there are at least
 * D = the L1 error of the best non-increasing fit to r[a..b] (monotone-fit.ts). With
 * Z = Σ y[s] over shifts starting in (a, b] (integer in any solution):
 *     start_needed(a,b):  Σ_{t=a..b} (u[t] + o[t]) + D·Z ≥ D
 * holds when Z = 0 by the argument and trivially when Z ≥ 1. end_needed is the mirror image with
 * shifts ending in (a, b] and non-decreasing fits. Windows whose D does not exceed that of both
 * windows one slot shorter are dominated and skipped.
 */
// Measured on the bench's 15-minute instances: 60, 120 and 240 minutes give bounds within 3 % of
// each other; 120 keeps the model about 40 % smaller than 240.
export const DEFAULT_CUT_WINDOW_MINUTES = 120;

export interface CutContext {
  problem: ShiftDesignProblem;
  candidates: CandidateShift[];
  uses: number[];
  shortage: number[];
  excess: number[];
}

/** A continuous count defined by count_*(…): variable = Σ uses; a start solution must fill it in. */
export interface AggregateVariable {
  variable: number;
  uses: number[];
}

export function addTransitionCuts(
  builder: ModelBuilder,
  context: CutContext,
  windowMinutes: number,
): AggregateVariable[] {
  if (windowMinutes <= 0) return [];
  // At least one slot, so that coarse slots (e.g. 6 hours) still get the one-step cuts.
  const maxWindowSlots = Math.max(1, Math.floor(windowMinutes / context.problem.slotMinutes));
  const aggregates: AggregateVariable[] = [];
  const slotsPerDay = slotsPerDayOf(context.problem);
  const startsAt = aggregateByTimeOfDay(builder, context, "starts", (shift) => shift.startSlot, aggregates);
  const endsAt = aggregateByTimeOfDay(
    builder,
    context,
    "ends",
    (shift) => (shift.startSlot + shift.lengthSlots) % slotsPerDay,
    aggregates,
  );
  addWindowCuts(builder, context, maxWindowSlots, "non_increasing", startsAt);
  addWindowCuts(builder, context, maxWindowSlots, "non_decreasing", endsAt);
  return aggregates;
}

/** One continuous variable per time of day: how many chosen shifts start (or end) then. */
function aggregateByTimeOfDay(
  builder: ModelBuilder,
  context: CutContext,
  label: "starts" | "ends",
  timeOfDay: (shift: CandidateShift) => number,
  aggregates: AggregateVariable[],
): Map<number, number> {
  const usesByTime = new Map<number, number[]>();
  context.candidates.forEach((shift, index) => {
    const time = timeOfDay(shift);
    usesByTime.set(time, [...(usesByTime.get(time) ?? []), context.uses[index] as number]);
  });
  const aggregate = new Map<number, number>();
  for (const [time, uses] of usesByTime) {
    const name = `${label}_at(slot_of_day=${time})`;
    const variable = builder.addVariable({
      name: `shifts_${name}`,
      lower: 0,
      upper: uses.length,
      isInteger: false,
      cost: 0,
    });
    builder.addRow(
      `count_${name}`,
      [{ variable, coefficient: 1 }, ...uses.map((use) => ({ variable: use, coefficient: -1 }))],
      0,
      0,
    );
    aggregate.set(time, variable);
    aggregates.push({ variable, uses });
  }
  return aggregate;
}

function addWindowCuts(
  builder: ModelBuilder,
  context: CutContext,
  maxWindowSlots: number,
  direction: Monotonicity,
  changesAt: Map<number, number>,
): void {
  const { problem } = context;
  const weekSlots = problem.requirements.length;
  const slotsPerDay = weekSlots / DAYS_PER_WEEK;
  const levels = [...new Set(problem.requirements)].sort((a, b) => a - b);
  const errorsFrom = problem.requirements.map((_, first) =>
    monotoneFitErrors(problem.requirements, first, maxWindowSlots, direction, levels),
  );
  const label = direction === "non_increasing" ? "start_needed" : "end_needed";
  for (let first = 0; first < weekSlots; first += 1) {
    for (let span = 1; span <= maxWindowSlots; span += 1) {
      const error = errorsFrom[first]?.[span - 1] ?? 0;
      const withoutLast = span > 1 ? (errorsFrom[first]?.[span - 2] ?? 0) : 0;
      const withoutFirst = span > 1 ? (errorsFrom[(first + 1) % weekSlots]?.[span - 2] ?? 0) : 0;
      if (error <= withoutLast || error <= withoutFirst) continue;
      const terms: LinearTerm[] = [];
      for (let offset = 0; offset <= span; offset += 1) {
        const slot = (first + offset) % weekSlots;
        terms.push(
          { variable: context.shortage[slot] as number, coefficient: 1 },
          { variable: context.excess[slot] as number, coefficient: 1 },
        );
        const change = offset > 0 ? changesAt.get(slot % slotsPerDay) : undefined;
        if (change !== undefined) terms.push({ variable: change, coefficient: error });
      }
      const name = (slot: number): string => describeSlot(slot, slotsPerDay, problem.slotMinutes);
      builder.addRow(`${label}(from=${name(first)},to=${name((first + span) % weekSlots)})`, terms, error, Infinity);
    }
  }
}
