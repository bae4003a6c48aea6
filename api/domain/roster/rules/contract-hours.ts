import type { CandidateShift } from "../model/candidate-shift";
import { agentLabel, groupAgentCandidates, worksVariableOf, type ModelContext } from "../milp/model-context";
import type { AgentContract } from "../model/problem";
import type { TimeSpanMs } from "../model/prepare";
import { MINUTES_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK } from "../../time/durations";

/**
 * Rule family "contract_hours". Hard: no shift longer than maxMinutesPerDay (such candidates are
 * never generated), `max_minutes(agent=…,week=…)`: Σ length × shift ≤ maxMinutesPerWeek and
 * `max_shifts(agent=…,week=…)`: Σ works(day) ≤ maxShiftsPerWeek. Soft: `min_minutes(agent=…,week=…)`:
 * Σ length × shift + below ≥ minMinutesPerWeek, each minute below costing
 * weights.belowContractMinute. Minutes are real elapsed minutes, breaks included (paid time).
 * A shorter last week (a period that is not whole weeks) gets limits in proportion to its length.
 * Approved time off is paid time: it lowers the week's minimum (never the maxima) by the minutes
 * it covers in that week, at most one contracted day (minMinutesPerWeek / maxShiftsPerWeek) per
 * day it touches, so a day of leave counts as a day worked and a week of leave owes nothing. A day
 * off on a weekday the agent has no availability is not leave (prepare.ts, agentPaidLeave).
 */

export interface WeekLimits {
  minMinutes: number;
  maxMinutes: number;
  maxShifts: number;
}

export function exceedsDailyMaximum(contract: AgentContract, lengthMinutes: number): boolean {
  return lengthMinutes > contract.maxMinutesPerDay;
}

export function weekLimitsOf(contract: AgentContract, week: TimeSpanMs, timeOff: TimeSpanMs[]): WeekLimits {
  const share = Math.min(1, (week.endMs - week.startMs) / MS_PER_WEEK);
  const contractedDayMinutes = contract.minMinutesPerWeek / Math.max(1, contract.maxShiftsPerWeek);
  const leaveMinutes = timeOff.reduce((sum, span) => {
    const overlapMinutes =
      Math.max(0, Math.min(span.endMs, week.endMs) - Math.max(span.startMs, week.startMs)) / MS_PER_MINUTE;
    return sum + Math.min(overlapMinutes, Math.ceil(overlapMinutes / MINUTES_PER_DAY - 1e-9) * contractedDayMinutes);
  }, 0);
  return {
    minMinutes: Math.max(0, contract.minMinutesPerWeek * share - leaveMinutes),
    maxMinutes: contract.maxMinutesPerWeek * share,
    maxShifts: Math.ceil(contract.maxShiftsPerWeek * share - 1e-9),
  };
}

/** Which weekly maximum adding `shift` to the agent's chosen shifts would break, or null. */
export function weeklyMaximumBroken(
  shift: CandidateShift,
  chosen: CandidateShift[],
  limits: WeekLimits,
): "max_minutes" | "max_shifts" | null {
  const sameWeek = chosen.filter((other) => other.weekIndex === shift.weekIndex);
  if (sameWeek.length + 1 > limits.maxShifts) return "max_shifts";
  const minutes = sameWeek.reduce((sum, other) => sum + other.lengthMinutes, shift.lengthMinutes);
  return minutes > limits.maxMinutes + 1e-9 ? "max_minutes" : null;
}

export function addContractHours(context: ModelContext): void {
  const { prepared, builder } = context;
  const weight = prepared.source.weights.belowContractMinute;
  context.candidatesByAgent.forEach((_, agentIndex) => {
    const multiplicity = context.agentMultiplicity[agentIndex];
    const contract = prepared.source.agents[agentIndex].contract;
    const byWeek = groupAgentCandidates(context, agentIndex, (shift) => shift.weekIndex);
    prepared.weeks.forEach((week, weekIndex) => {
      const limits = weekLimitsOf(contract, week, prepared.agentPaidLeave[agentIndex]);
      const members = byWeek.get(weekIndex) ?? [];
      const label = `agent=${agentLabel(context, agentIndex)},week=${weekIndex + 1}`;
      const minuteTerms = members.map((variable) => ({
        variable,
        coefficient: context.candidates[variable].lengthMinutes,
      }));
      const days = [...new Set(members.map((variable) => context.candidates[variable].epochDay))];
      const shiftTerms = days.flatMap((day) => {
        const inWeek = members.filter((variable) => context.candidates[variable].epochDay === day);
        const works = worksVariableOf(context, agentIndex, day);
        // A local day can straddle two contract weeks (zones away from UTC): then count its shifts one by one.
        const isWholeDay =
          works !== undefined &&
          inWeek.length ===
            context.candidatesByAgent[agentIndex].filter((other) => context.candidates[other].epochDay === day).length;
        return isWholeDay
          ? [{ variable: works, coefficient: 1 }]
          : inWeek.map((variable) => ({ variable, coefficient: 1 }));
      });
      if (members.length > 0) {
        builder.addRow(
          "contract_hours",
          `max_minutes(${label})`,
          minuteTerms,
          -Infinity,
          limits.maxMinutes * multiplicity,
        );
        builder.addRow(
          "contract_hours",
          `max_shifts(${label})`,
          shiftTerms,
          -Infinity,
          limits.maxShifts * multiplicity,
        );
      }
      const required = limits.minMinutes * multiplicity;
      if (required <= 0) return;
      const below = builder.addVariable(
        { name: `below_contract(${label})`, lower: 0, upper: required, isInteger: false, cost: weight },
        { rule: "below_contract", quantityPerUnit: 1 },
      );
      builder.addRow(
        "contract_hours",
        `min_minutes(${label})`,
        [...minuteTerms, { variable: below, coefficient: 1 }],
        required,
        Infinity,
      );
    });
  });
}
