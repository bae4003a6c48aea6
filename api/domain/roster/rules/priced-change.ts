import type { BaselineRoster } from "../model/baseline-roster";
import type { CandidateShift } from "../model/candidate-shift";
import type { RepairSettings } from "../model/repair-problem";

/**
 * Cost per frozen shift left off a roster: far above anything a week's coverage can be worth, so
 * the schedule search always keeps an agent's frozen shifts (they are feasible together, having
 * been published together).
 */
export const FROZEN_SHIFT_BONUS = 1e6;

/**
 * Soft rule "priced_change". A changed shift is a baseline shift no longer on the roster, or a shift
 * added on a local day without a baseline shift; a baseline shift moved, shrunk or grown on its day
 * is therefore one change, the removal of its old form. Each costs the predictability premium when
 * the baseline shift (or, for an added shift, the new one) starts inside the notice window, else
 * the stability weight. The cost of a roster splits over its shifts, so the per-shift schedule
 * search prices it exactly: a kept baseline shift saves its price, a new shift on a day without
 * a baseline shift costs its own, and the prices of all baseline shifts are a constant.
 */
export class PricedChange {
  private readonly windowEndMs: number;

  constructor(
    private readonly settings: RepairSettings,
    cutoffMs: number,
  ) {
    this.windowEndMs = cutoffMs + settings.noticeWindowDays * 86_400_000;
  }

  isInsideWindow(startMs: number): boolean {
    return startMs < this.windowEndMs;
  }

  priceOf(startMs: number): number {
    return this.isInsideWindow(startMs)
      ? this.settings.predictabilityPremiumAgentMinutes
      : this.settings.stabilityWeightAgentMinutes;
  }

  /**
   * The cost each candidate adds to its agent's week, indexed like `candidates`: frozen shifts
   * −FROZEN_SHIFT_BONUS, kept baseline shifts minus their price, new shifts on a day without a
   * baseline shift their price, other shifts 0. `withChange` false gives the frozen bonus alone
   * (a re-solve from scratch of the remaining horizon).
   */
  shiftCostAdjustments(baseline: BaselineRoster, candidates: CandidateShift[], withChange: boolean): Float64Array {
    const adjustments = new Float64Array(candidates.length);
    const baselineDays = baseline.baselineByAgent.map((spans) => new Set(spans.map((span) => span.epochDay)));
    if (withChange) {
      candidates.forEach((shift, index) => {
        if (!baselineDays[shift.agentIndex].has(shift.epochDay)) adjustments[index] = this.priceOf(shift.startMs);
      });
      baseline.keptByAgent.forEach((indices) =>
        indices.forEach((index) => (adjustments[index] = -this.priceOf(candidates[index].startMs))),
      );
    }
    baseline.frozenByAgent.forEach((indices) => indices.forEach((index) => (adjustments[index] = -FROZEN_SHIFT_BONUS)));
    return adjustments;
  }
}
