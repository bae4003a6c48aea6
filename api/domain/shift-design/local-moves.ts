import type { CoverageChange, DesignState } from "./design-state";
import { DAYS_PER_WEEK } from "./problem";

export interface Move {
  /** Change of the design's total cost if applied (negative improves). */
  delta: number;
  apply(): void;
}

/** Moves must gain more than this to count, so round-off never makes a climb cycle. */
const IMPROVEMENT_EPSILON = 1e-9;

/**
 * The most improving move of four kinds, or null at a local optimum:
 *   add      one worker to a candidate on a day (opens the shift if it was unused),
 *   remove   one worker from a shift on a day (closes the shift with its last worker),
 *   retime   one worker on a day to a neighbouring shift or a nearby used one,
 *   merge    all of a shift's workers to a neighbouring shift or a nearby used one (start or
 *            length by one slot, or two similar shifts becoming one).
 * add and remove are priced in O(1) from prefix sums of the one-worker cost change per slot;
 * retime and merge touch only the slots they change (DesignState.deviationDelta).
 */
export function bestMove(state: DesignState, neighbours: number[][]): Move | null {
  let best: Move | null = null;
  const consider = (delta: number, apply: () => void): void => {
    if (delta < -IMPROVEMENT_EPSILON && (best === null || delta < best.delta)) best = { delta, apply };
  };
  considerAddAndRemove(state, consider);
  const used = state.usedCandidates();
  for (const index of used) {
    const nearUsed = used.filter((target) => target !== index && isWithin(state, index, target, USED_TARGET_SLOTS));
    const targets = [...new Set([...(neighbours[index] ?? []), ...nearUsed])];
    considerRetimes(state, index, targets, consider);
    for (const target of targets) considerMerge(state, index, target, consider);
  }
  return best;
}

type Consider = (delta: number, apply: () => void) => void;

/**
 * Used shifts this close (start and end, in slots) are retime and merge targets too. Measured on
 * the bench's 15-minute instances: all used shifts as targets cost twice the time for no better
 * designs, as moving a worker hours away rarely pays.
 */
const USED_TARGET_SLOTS = 8;

function isWithin(state: DesignState, index: number, target: number, slots: number): boolean {
  const from = state.candidates[index];
  const to = state.candidates[target];
  if (from === undefined || to === undefined) return false;
  return (
    Math.abs(from.startSlot - to.startSlot) <= slots &&
    Math.abs(from.startSlot + from.lengthSlots - to.startSlot - to.lengthSlots) <= slots
  );
}

function considerAddAndRemove(state: DesignState, consider: Consider): void {
  const weekSlots = state.weekSlots;
  const addGain = new Float64Array(2 * weekSlots + 1);
  const removeGain = new Float64Array(2 * weekSlots + 1);
  for (let position = 0; position < 2 * weekSlots; position += 1) {
    const slot = position % weekSlots;
    addGain[position + 1] = (addGain[position] as number) + state.slotDelta(slot, 1);
    removeGain[position + 1] = (removeGain[position] as number) + state.slotDelta(slot, -1);
  }
  const shiftCost = state.problem.objective.weightShiftCount;
  state.candidates.forEach((shift, index) => {
    const isUsed = (state.workedDays[index] as number) > 0;
    for (let day = 0; day < DAYS_PER_WEEK; day += 1) {
      const first = state.firstSlot(index, day);
      const workers = state.workers[index * DAYS_PER_WEEK + day] as number;
      const added =
        (addGain[first + shift.lengthSlots] as number) - (addGain[first] as number) + (isUsed ? 0 : shiftCost);
      consider(added, () => state.addWorkers(index, day, 1));
      if (workers === 0) continue;
      const closes = workers === 1 && state.workedDays[index] === 1;
      const removed =
        (removeGain[first + shift.lengthSlots] as number) - (removeGain[first] as number) - (closes ? shiftCost : 0);
      consider(removed, () => state.addWorkers(index, day, -1));
    }
  });
}

/** Cost of opening `target` and, when `closes`, of no longer using `index`. */
function countDelta(state: DesignState, index: number, target: number, closes: boolean): number {
  const shiftCost = state.problem.objective.weightShiftCount;
  return ((state.workedDays[target] as number) > 0 ? 0 : shiftCost) - (closes ? shiftCost : 0);
}

function considerRetimes(state: DesignState, index: number, targets: number[], consider: Consider): void {
  const from = state.candidates[index];
  if (from === undefined) return;
  for (let day = 0; day < DAYS_PER_WEEK; day += 1) {
    const workers = state.workers[index * DAYS_PER_WEEK + day] as number;
    if (workers === 0) continue;
    const closes = workers === 1 && state.workedDays[index] === 1;
    const removal: CoverageChange = { first: state.firstSlot(index, day), lengthSlots: from.lengthSlots, workers: -1 };
    for (const target of targets) {
      const to = state.candidates[target];
      if (to === undefined) continue;
      const addition: CoverageChange = { first: state.firstSlot(target, day), lengthSlots: to.lengthSlots, workers: 1 };
      const delta = state.deviationDelta([removal, addition]) + countDelta(state, index, target, closes);
      consider(delta, () => {
        state.addWorkers(index, day, -1);
        state.addWorkers(target, day, 1);
      });
    }
  }
}

function considerMerge(state: DesignState, index: number, target: number, consider: Consider): void {
  const from = state.candidates[index];
  const to = state.candidates[target];
  if (from === undefined || to === undefined) return;
  const changes: CoverageChange[] = [];
  const moved: [number, number][] = [];
  for (let day = 0; day < DAYS_PER_WEEK; day += 1) {
    const workers = state.workers[index * DAYS_PER_WEEK + day] as number;
    if (workers === 0) continue;
    moved.push([day, workers]);
    changes.push({ first: state.firstSlot(index, day), lengthSlots: from.lengthSlots, workers: -workers });
    changes.push({ first: state.firstSlot(target, day), lengthSlots: to.lengthSlots, workers });
  }
  const delta = state.deviationDelta(changes) + countDelta(state, index, target, true);
  consider(delta, () => {
    for (const [day, workers] of moved) {
      state.addWorkers(index, day, -workers);
      state.addWorkers(target, day, workers);
    }
  });
}
