import type { CandidateShift } from "../model/candidate-shift";
import {
  agentLabel,
  groupAgentCandidates,
  nameInstant,
  worksVariableOf,
  type ModelContext,
} from "../milp/model-context";
import type { LinearTerm } from "../milp/solver-port";
import type { TimeSpanMs } from "../model/prepare";
import { MS_PER_MINUTE, MS_PER_WEEK } from "../../time/durations";

/**
 * Hard rule family "weekly_rest": in every full contract week an agent has one uninterrupted rest
 * of rules.weeklyRestMinutes (real time). Candidate rest windows start every WINDOW_STEP_MINUTES
 * from the week's start; a binary `weekly_rest_window(agent=…,t=…)` may be 1 only if no rostered
 * shift overlaps that window (`weekly_rest_clear(agent=…,t=…)`: Σ overlapping shifts + M × window ≤ M,
 * M = the number of local days those shifts start on, the most that can be rostered; a day whose
 * every shift overlaps the window enters through its single `works` variable), and
 * `weekly_rest(agent=…,week=…)`: Σ windows ≥ 1. A grid of starts is conservative: a rest of at
 * least weeklyRestMinutes + WINDOW_STEP_MINUTES always contains a window, so the rule is never
 * broken, though a rest within one step of the minimum may be refused. A week in which some window
 * overlaps no candidate at all satisfies the rule whatever is rostered and gets no rows.
 */
export const WINDOW_STEP_MINUTES = 360;

export function weeklyRestWindows(week: TimeSpanMs, weeklyRestMinutes: number): TimeSpanMs[] {
  const restMs = weeklyRestMinutes * MS_PER_MINUTE;
  const windows: TimeSpanMs[] = [];
  for (let startMs = week.startMs; startMs + restMs <= week.endMs; startMs += WINDOW_STEP_MINUTES * MS_PER_MINUTE) {
    windows.push({ startMs, endMs: startMs + restMs });
  }
  return windows;
}

function isFullWeek(week: TimeSpanMs): boolean {
  return week.endMs - week.startMs >= MS_PER_WEEK;
}

/** Whether the week of `shift` still has a free rest window once it is added to the chosen shifts. */
export function keepsWeeklyRest(
  shift: CandidateShift,
  chosen: CandidateShift[],
  week: TimeSpanMs,
  weeklyRestMinutes: number,
): boolean {
  if (!isFullWeek(week)) return true;
  const shifts = [...chosen, shift];
  return weeklyRestWindows(week, weeklyRestMinutes).some((window) =>
    shifts.every((other) => other.endMs <= window.startMs || other.startMs >= window.endMs),
  );
}

function overlapping(context: ModelContext, members: number[], window: TimeSpanMs): number[] {
  return members.filter(
    (index) => context.candidates[index].startMs < window.endMs && context.candidates[index].endMs > window.startMs,
  );
}

/** Terms for the overlapping shifts: a day's `works` variable when all its shifts overlap, else the shifts themselves. */
function clearTerms(
  context: ModelContext,
  agentIndex: number,
  members: number[],
  byDay: Map<number, number[]>,
): LinearTerm[] {
  const days = [...new Set(members.map((index) => context.candidates[index].epochDay))];
  return days.flatMap((day) => {
    const overlappingOfDay = members.filter((index) => context.candidates[index].epochDay === day);
    const works = worksVariableOf(context, agentIndex, day);
    if (works !== undefined && overlappingOfDay.length === (byDay.get(day)?.length ?? 0))
      return [{ variable: works, coefficient: 1 }];
    return overlappingOfDay.map((variable) => ({ variable, coefficient: 1 }));
  });
}

export function addWeeklyRest(context: ModelContext): void {
  const { prepared, builder } = context;
  const restMinutes = prepared.source.rules.weeklyRestMinutes;
  context.candidatesByAgent.forEach((agentCandidates, agentIndex) => {
    if (context.agentMultiplicity[agentIndex] !== 1) return;
    const label = agentLabel(context, agentIndex);
    const nearby = groupAgentCandidates(context, agentIndex, (shift) => shift.weekIndex);
    const byDay = groupAgentCandidates(context, agentIndex, (shift) => shift.epochDay);
    prepared.weeks.forEach((week, weekIndex) => {
      const near = [
        ...(nearby.get(weekIndex - 1) ?? []),
        ...(nearby.get(weekIndex) ?? []),
        ...(nearby.get(weekIndex + 1) ?? []),
      ];
      const windows = weeklyRestWindows(week, restMinutes).map((window) => ({
        window,
        members: overlapping(context, near, window),
      }));
      if (!isFullWeek(week) || agentCandidates.length === 0 || windows.some((entry) => entry.members.length === 0))
        return;
      const choiceTerms = windows.map(({ window, members }) => {
        const variable = builder.addVariable({
          name: `weekly_rest_window(agent=${label},t=${nameInstant(window.startMs)})`,
          lower: 0,
          upper: 1,
          isInteger: true,
          cost: 0,
        });
        const bigM = new Set(members.map((index) => context.candidates[index].epochDay)).size;
        const terms = [...clearTerms(context, agentIndex, members, byDay), { variable, coefficient: bigM }];
        builder.addRow(
          "weekly_rest",
          `weekly_rest_clear(agent=${label},t=${nameInstant(window.startMs)})`,
          terms,
          -Infinity,
          bigM,
        );
        return { variable, coefficient: 1 };
      });
      builder.addRow("weekly_rest", `weekly_rest(agent=${label},week=${weekIndex + 1})`, choiceTerms, 1, Infinity);
    });
  });
}
