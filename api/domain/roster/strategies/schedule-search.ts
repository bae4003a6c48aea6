import { belowCostOf, type ScheduleSpace } from "../model/schedule-space";

/**
 * The cheapest week(s) of one agent for given per-shift costs, by dynamic programming over local
 * days. A label is (week of its counters, shifts and length units in that week, run of consecutive
 * working days) and its cost; on each day the agent is off or works one shift. The search keeps
 * every rule that the relaxation needs and is cheap to keep:
 * one shift per local day, at least minRest between shifts on consecutive days, the weekly maxima
 * of shifts and minutes, the maximum run of working days, and the below-contract cost of each week.
 * It leaves out rest between shifts two or more days apart and the weekly rest: so every roster that
 * obeys all hard rules is among the schedules searched (a relaxation, which keeps a Lagrangian bound
 * valid), and a schedule it returns must still pass hard-rule-check before it is rostered.
 * Fairness is not priced (its cost is never negative). Cost per agent: O(days × shifts × labels).
 */
export interface ScheduleChoice {
  cost: number;
  /** Local shift indices (into the space), in time order. */
  shifts: number[];
}

class LabelArena {
  key: Int32Array = new Int32Array(4096);
  cost: Float64Array = new Float64Array(4096);
  shift: Int32Array = new Int32Array(4096);
  parent: Int32Array = new Int32Array(4096);
  size = 0;

  add(key: number, cost: number, shift: number, parent: number): number {
    if (this.size === this.key.length) this.grow();
    const id = this.size;
    this.key[id] = key;
    this.cost[id] = cost;
    this.shift[id] = shift;
    this.parent[id] = parent;
    this.size += 1;
    return id;
  }

  private grow(): void {
    const capacity = this.key.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    this.key = copy(this.key, new Int32Array(capacity));
    this.cost = copy(this.cost, new Float64Array(capacity));
    this.shift = copy(this.shift, new Int32Array(capacity));
    this.parent = copy(this.parent, new Int32Array(capacity));
  }
}

/** A dense key → best label map that remembers which keys it holds, reset in time proportional to them. */
class BestByKey {
  readonly cost: Float64Array;
  readonly label: Int32Array;
  readonly active: number[] = [];

  constructor(size: number) {
    this.cost = new Float64Array(size).fill(Infinity);
    this.label = new Int32Array(size);
  }

  offer(key: number, cost: number, label: number): void {
    if (this.cost[key] === Infinity) this.active.push(key);
    if (cost < this.cost[key]) {
      this.cost[key] = cost;
      this.label[key] = label;
    }
  }

  clear(): void {
    for (const key of this.active) this.cost[key] = Infinity;
    this.active.length = 0;
  }
}

interface KeyLayout {
  shiftsSize: number;
  unitsSize: number;
  runSize: number;
}

function layoutOf(space: ScheduleSpace): KeyLayout {
  return {
    shiftsSize: Math.max(0, ...space.weekMaxShifts) + 1,
    unitsSize: Math.max(0, ...space.weekMaxUnits) + 1,
    runSize: space.maxConsecutiveDays + 1,
  };
}

/** Largest key space searched densely; beyond it the caller must not use the search (see keySpaceSize). */
export const MAX_KEY_SPACE = 4_000_000;

export function keySpaceSize(space: ScheduleSpace): number {
  const layout = layoutOf(space);
  return space.weekMaxShifts.length * layout.shiftsSize * layout.unitsSize * layout.runSize;
}

/** Cost of closing a week with `units` rostered and every later week up to `untilWeek` (exclusive) empty. */
function closingCost(space: ScheduleSpace, week: number, units: number, untilWeek: number): number {
  let cost = belowCostOf(space, week, units);
  for (let later = week + 1; later < untilWeek; later += 1) cost += belowCostOf(space, later, 0);
  return cost;
}

const scratchBySize = new Map<number, { merged: BestByKey; next: BestByKey }>();

function scratchFor(size: number): { merged: BestByKey; next: BestByKey } {
  let scratch = scratchBySize.get(size);
  if (!scratch) {
    if (scratchBySize.size > 8) scratchBySize.clear();
    scratch = { merged: new BestByKey(size), next: new BestByKey(size) };
    scratchBySize.set(size, scratch);
  }
  return scratch;
}

/** The cheapest schedule for `shiftCost[s]` per local shift s (own cost included by the caller). */
export function searchSchedule(space: ScheduleSpace, shiftCost: ArrayLike<number>): ScheduleChoice {
  const weekCount = space.weekMaxShifts.length;
  const { shiftsSize, unitsSize, runSize } = layoutOf(space);
  const size = keySpaceSize(space);
  if (size > MAX_KEY_SPACE) throw new RangeError(`schedule key space ${size} exceeds ${MAX_KEY_SPACE}`);
  const keyOf = (week: number, shifts: number, units: number, run: number) =>
    ((week * shiftsSize + shifts) * unitsSize + units) * runSize + run;
  const arena = new LabelArena();
  const { merged, next } = scratchFor(size);
  let offLabels = [arena.add(keyOf(0, 0, 0, 0), 0, -1, -1)];
  let shiftLabels: number[][] = [];
  let previousDay: ScheduleSpace["days"][number] | null = null;
  for (const day of space.days) {
    const todayLabels: number[][] = [];
    merged.clear();
    for (const label of offLabels) merged.offer(arena.key[label], arena.cost[label], label);
    let pointer = 0;
    for (let position = 0; position < day.byStart.length; position += 1) {
      const shift = day.byStart[position];
      if (previousDay) {
        while (
          pointer < previousDay.byEnd.length &&
          space.endMs[previousDay.byEnd[pointer]] + space.minRestMs <= space.startMs[shift]
        ) {
          for (const label of shiftLabels[pointer]) merged.offer(arena.key[label], arena.cost[label], label);
          pointer += 1;
        }
      }
      next.clear();
      const shiftWeek = space.week[shift];
      const length = space.lengthUnits[shift];
      for (const key of merged.active) {
        const run = key % runSize;
        const units = Math.floor(key / runSize) % unitsSize;
        const shifts = Math.floor(key / (runSize * unitsSize)) % shiftsSize;
        const week = Math.floor(key / (runSize * unitsSize * shiftsSize));
        const newRun = run + 1;
        if (newRun > space.maxConsecutiveDays) continue;
        let cost = merged.cost[key] + shiftCost[shift];
        let newShifts = shifts + 1;
        let newUnits = units + length;
        if (shiftWeek !== week) {
          cost += closingCost(space, week, units, shiftWeek);
          newShifts = 1;
          newUnits = length;
        }
        if (newShifts > space.weekMaxShifts[shiftWeek] || newUnits > space.weekMaxUnits[shiftWeek]) continue;
        next.offer(keyOf(shiftWeek, newShifts, newUnits, newRun), cost, merged.label[key]);
      }
      const labels: number[] = [];
      for (const key of next.active) labels.push(arena.add(key, next.cost[key], shift, next.label[key]));
      todayLabels[position] = labels;
    }
    // Off today: any label of yesterday (off or working) with its run broken.
    next.clear();
    for (const label of offLabels)
      next.offer(arena.key[label] - (arena.key[label] % runSize), arena.cost[label], label);
    for (const labels of shiftLabels)
      for (const label of labels) next.offer(arena.key[label] - (arena.key[label] % runSize), arena.cost[label], label);
    const newOff: number[] = [];
    for (const key of next.active) newOff.push(arena.add(key, next.cost[key], -1, next.label[key]));
    // Shift labels of this day, reordered by the shift's end for tomorrow's sweep.
    const byEndPosition = new Map<number, number>();
    day.byStart.forEach((shift, position) => byEndPosition.set(shift, position));
    shiftLabels = Array.from(day.byEnd, (shift) => todayLabels[byEndPosition.get(shift) ?? 0]);
    offLabels = newOff;
    previousDay = day;
  }
  let best = -1;
  let bestCost = Infinity;
  const finals = [...offLabels, ...shiftLabels.flat()];
  for (const label of finals) {
    const key = arena.key[label];
    const units = Math.floor(key / runSize) % unitsSize;
    const week = Math.floor(key / (runSize * unitsSize * shiftsSize));
    const cost = arena.cost[label] + closingCost(space, week, units, weekCount);
    if (cost < bestCost) [best, bestCost] = [label, cost];
  }
  const shifts: number[] = [];
  for (let label = best; label >= 0; label = arena.parent[label])
    if (arena.shift[label] >= 0) shifts.push(arena.shift[label]);
  return { cost: bestCost, shifts: shifts.reverse() };
}
