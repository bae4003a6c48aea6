import type { CandidateFilter, CandidateShift } from "./candidate-shift";
import { generateAgentCandidates } from "./candidates";
import { overlapsTimeOff } from "../rules/time-off";
import { blockingRuleOf, type BlockingRule } from "../rules/hard-rule-check";
import type { PreparedProblem } from "./prepare";
import type { OffReason } from "./solution";

/**
 * Why a skilled agent is not on the phones of a queue in an interval the roster leaves short:
 * - on a rostered shift that covers it: "on_break", or "serving_other_queue" (blended);
 * - no shift the agent could work covers it: "time_off" when time off overlaps it, else
 *   "availability" (outside their windows or contract span);
 * - every shift that could cover it is blocked by a hard rule given the rostered shifts: that rule
 *   (the one blocking most of them);
 * - otherwise "cost_tradeoff": a shift was allowed, but rostering it costs more elsewhere
 *   (over-staffing, contract maximums used better on other days) than it saves here.
 */
export class UncoveredExplainer {
  private readonly generated = new Map<number, CandidateShift[]>();

  constructor(
    private readonly prepared: PreparedProblem,
    private readonly rostered: CandidateShift[][],
  ) {}

  /** Null when the agent is on this queue for the whole interval (a single-skill agent on shift, not on break). */
  reasonFor(agentIndex: number, intervalStartMs: number): OffReason | null {
    const intervalEndMs = intervalStartMs + this.prepared.intervalMs;
    const inside = (startMs: number, endMs: number) => startMs < intervalEndMs && endMs > intervalStartMs;
    const working = this.rostered[agentIndex].find((shift) => inside(shift.startMs, shift.endMs));
    if (working) {
      const onBreak = working.breaks.some((pause) => pause.startMs <= intervalStartMs && pause.endMs >= intervalEndMs);
      if (onBreak) return "on_break";
      const skillCount = new Set(
        this.prepared.source.agents[agentIndex].skills.filter((skill) => this.prepared.queueIds.includes(skill)),
      ).size;
      return skillCount > 1 ? "serving_other_queue" : null;
    }
    const covering = this.candidatesOf(agentIndex).filter((shift) => inside(shift.startMs, shift.endMs));
    if (covering.length === 0) {
      return overlapsTimeOff(this.prepared.agentTimeOff[agentIndex], intervalStartMs, intervalEndMs)
        ? "time_off"
        : "availability";
    }
    const blocked = new Map<BlockingRule, number>();
    for (const shift of covering) {
      const rule = blockingRuleOf(this.prepared, shift, this.rostered[agentIndex]);
      if (rule === null) return "cost_tradeoff";
      blocked.set(rule, (blocked.get(rule) ?? 0) + 1);
    }
    return [...blocked.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  private candidatesOf(agentIndex: number): CandidateShift[] {
    let shifts = this.generated.get(agentIndex);
    if (!shifts) {
      const ignored: Record<CandidateFilter, number> = { availability: 0, time_off: 0, contract_hours: 0, skills: 0 };
      shifts = generateAgentCandidates(this.prepared, agentIndex, ignored);
      this.generated.set(agentIndex, shifts);
    }
    return shifts;
  }
}
