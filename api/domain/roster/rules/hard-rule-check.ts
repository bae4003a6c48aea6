import type { CandidateShift } from "../model/candidate-shift";
import { breaksConsecutiveDays } from "./consecutive-days";
import { weekLimitsOf, weeklyMaximumBroken } from "./contract-hours";
import { breaksRest } from "./rest";
import { keepsWeeklyRest } from "./weekly-rest";
import type { PreparedProblem } from "../model/prepare";

/** A hard rule that can keep a generated shift off an agent's roster, given the shifts already on it. */
export type BlockingRule =
  "rest" | "max_minutes_per_week" | "max_shifts_per_week" | "max_consecutive_days" | "weekly_rest";

/**
 * The first hard row-based rule that adding `shift` to `chosen` (the same agent's rostered
 * shifts) would break, or null when it can be added. Mirrors the rows of the rule families exactly,
 * so a roster grown with it is feasible for the model (used by the greedy start and to explain
 * why a skilled agent is not on an uncovered interval).
 */
export function blockingRuleOf(
  prepared: PreparedProblem,
  shift: CandidateShift,
  chosen: CandidateShift[],
): BlockingRule | null {
  const { rules, agents } = prepared.source;
  const contract = agents[shift.agentIndex].contract;
  if (chosen.some((other) => breaksRest(shift, other, rules.minRestMinutes))) return "rest";
  const week = prepared.weeks[shift.weekIndex];
  const maximum = weeklyMaximumBroken(
    shift,
    chosen,
    weekLimitsOf(contract, week, prepared.agentPaidLeave[shift.agentIndex]),
  );
  if (maximum === "max_shifts") return "max_shifts_per_week";
  if (maximum === "max_minutes") return "max_minutes_per_week";
  if (breaksConsecutiveDays(shift, chosen, contract.maxConsecutiveDays)) return "max_consecutive_days";
  // A shift can reach into the next week (Sunday night into Monday), so both weeks must keep their rest.
  const touchedWeeks = prepared.weeks.slice(shift.weekIndex, shift.weekIndex + 2);
  if (touchedWeeks.some((touched) => !keepsWeeklyRest(shift, chosen, touched, rules.weeklyRestMinutes)))
    return "weekly_rest";
  return null;
}

/** Whether one agent's shifts (in time order) keep every hard rule, including those the schedule search relaxes. */
export function keepsEveryHardRule(prepared: PreparedProblem, shifts: CandidateShift[]): boolean {
  return shifts.every((shift, position) => blockingRuleOf(prepared, shift, shifts.slice(0, position)) === null);
}
