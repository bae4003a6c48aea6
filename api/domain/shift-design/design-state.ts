import {
  DAYS_PER_WEEK,
  slotsPerDayOf,
  type CandidateShift,
  type DesignedShift,
  type ShiftDesignProblem,
} from "./problem";

/** A change of `workers` people on every slot of the interval starting at global slot `first`. */
export interface CoverageChange {
  first: number;
  lengthSlots: number;
  workers: number;
}

/**
 * A design over a fixed list of candidate shifts with its coverage and cost kept up to date, so a
 * local search can price a move by touching only the slots it changes. Costs are those of
 * evaluate.ts (person-minute weights times slot minutes, plus the weight per distinct shift).
 */
export class DesignState {
  readonly weekSlots: number;
  readonly slotsPerDay: number;
  readonly coverage: Int32Array;
  /** workers[candidate·7 + day]. */
  readonly workers: Int32Array;
  /** Days with at least one worker, per candidate: the shift is used while this is positive. */
  readonly workedDays: Int32Array;
  deviationCost = 0;
  shiftCount = 0;
  private readonly required: Int32Array;
  private readonly shortCost: number;
  private readonly overCost: number;
  private readonly scratch: Int32Array;
  private readonly touched: number[] = [];

  constructor(
    readonly problem: ShiftDesignProblem,
    readonly candidates: CandidateShift[],
  ) {
    this.slotsPerDay = slotsPerDayOf(problem);
    this.weekSlots = problem.requirements.length;
    this.required = Int32Array.from(problem.requirements);
    this.coverage = new Int32Array(this.weekSlots);
    this.scratch = new Int32Array(this.weekSlots);
    this.workers = new Int32Array(candidates.length * DAYS_PER_WEEK);
    this.workedDays = new Int32Array(candidates.length);
    this.shortCost = problem.objective.weightShortage * problem.slotMinutes;
    this.overCost = problem.objective.weightExcess * problem.slotMinutes;
    this.deviationCost = this.required.reduce((sum, required) => sum + required * this.shortCost, 0);
  }

  get total(): number {
    return this.deviationCost + this.shiftCount * this.problem.objective.weightShiftCount;
  }

  /** Global slot where candidate `index` starts on `day`. */
  firstSlot(index: number, day: number): number {
    return day * this.slotsPerDay + (this.candidates[index]?.startSlot ?? 0);
  }

  /** Cost change at one slot if its coverage moves by `delta`. */
  slotDelta(slot: number, delta: number): number {
    const required = this.required[slot] as number;
    return (
      this.deviationAt(required, (this.coverage[slot] as number) + delta) -
      this.deviationAt(required, this.coverage[slot] as number)
    );
  }

  /** Deviation cost change of several coverage changes at once; overlapping intervals are netted first. */
  deviationDelta(changes: CoverageChange[]): number {
    for (const change of changes) {
      for (let offset = 0; offset < change.lengthSlots; offset += 1) {
        const slot = (change.first + offset) % this.weekSlots;
        if (this.scratch[slot] === 0) this.touched.push(slot);
        this.scratch[slot] = (this.scratch[slot] as number) + change.workers;
      }
    }
    let delta = 0;
    for (const slot of this.touched) {
      delta += this.slotDelta(slot, this.scratch[slot] as number);
      this.scratch[slot] = 0;
    }
    this.touched.length = 0;
    return delta;
  }

  /** Change the workers of one candidate on one day by `delta` (never below 0). */
  addWorkers(index: number, day: number, delta: number): void {
    const cell = index * DAYS_PER_WEEK + day;
    const before = this.workers[cell] as number;
    const after = before + delta;
    if (after < 0) throw new RangeError(`workers would fall below 0 on candidate ${index}, day ${day}`);
    const lengthSlots = this.candidates[index]?.lengthSlots ?? 0;
    const first = this.firstSlot(index, day);
    for (let offset = 0; offset < lengthSlots; offset += 1) {
      const slot = (first + offset) % this.weekSlots;
      this.deviationCost += this.slotDelta(slot, delta);
      this.coverage[slot] = (this.coverage[slot] as number) + delta;
    }
    this.workers[cell] = after;
    const dayChange = (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    if (dayChange === 0) return;
    const wasUsed = (this.workedDays[index] as number) > 0;
    this.workedDays[index] = (this.workedDays[index] as number) + dayChange;
    this.shiftCount += ((this.workedDays[index] as number) > 0 ? 1 : 0) - (wasUsed ? 1 : 0);
  }

  /** Indices of the candidates with at least one worker. */
  usedCandidates(): number[] {
    const used: number[] = [];
    this.workedDays.forEach((days, index) => {
      if (days > 0) used.push(index);
    });
    return used;
  }

  /** A copy of the workers, to restore with `restore`. */
  snapshot(): Int32Array {
    return this.workers.slice();
  }

  restore(workers: Int32Array): void {
    for (let cell = 0; cell < workers.length; cell += 1) {
      const delta = (workers[cell] as number) - (this.workers[cell] as number);
      if (delta !== 0) this.addWorkers(Math.floor(cell / DAYS_PER_WEEK), cell % DAYS_PER_WEEK, delta);
    }
  }

  toShifts(): DesignedShift[] {
    return this.usedCandidates().map((index) => ({
      ...(this.candidates[index] as CandidateShift),
      workersPerDay: Array.from(this.workers.subarray(index * DAYS_PER_WEEK, (index + 1) * DAYS_PER_WEEK)),
    }));
  }

  private deviationAt(required: number, onDuty: number): number {
    return onDuty < required ? (required - onDuty) * this.shortCost : (onDuty - required) * this.overCost;
  }
}
