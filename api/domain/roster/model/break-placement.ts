import type { BreakRule } from "./problem";
import { MS_PER_MINUTE } from "../../time/durations";

export interface PlacedBreak {
  kind: BreakRule["kind"];
  startMs: number;
  endMs: number;
}

/** Break starts move in steps of this many minutes inside their window. */
export const BREAK_STEP_MINUTES = 15;
/**
 * Agents fall into this many stagger classes (agent index modulo it), spread evenly over each
 * break window. Few classes keep interchangeable agents interchangeable, so pooled models stay
 * small (pooled-decomposition.ts), while four staggered lunches per shift start smooth coverage.
 */
export const BREAK_STAGGER_CLASSES = 4;

/**
 * Places every break rule that applies to a shift of this length, in real elapsed minutes from the
 * shift start. Breaks are fixed by rule, not by the optimiser: each sits at one of the allowed
 * start positions of its window, chosen by the agent's stagger class, so agents on the same shift
 * do not all go to lunch together. A break that would overlap an earlier one starts when that
 * one ends; one that would then leave its window or the shift is dropped, so rules with overlapping
 * windows degrade gracefully instead of failing. Coverage counts every placed break out.
 */
export function placeBreaks(
  startMs: number,
  lengthMinutes: number,
  rules: BreakRule[],
  agentIndex: number,
): PlacedBreak[] {
  const staggerClass = agentIndex % BREAK_STAGGER_CLASSES;
  const applicable = rules
    .filter((rule) => lengthMinutes >= rule.minShiftMinutes)
    .sort((a, b) => a.earliestStartAfterMinutes - b.earliestStartAfterMinutes);
  const placed: PlacedBreak[] = [];
  let previousEndMinute = 0;
  applicable.forEach((rule) => {
    const positions =
      Math.floor((rule.latestStartAfterMinutes - rule.earliestStartAfterMinutes) / BREAK_STEP_MINUTES) + 1;
    const position = Math.round((staggerClass * (positions - 1)) / (BREAK_STAGGER_CLASSES - 1));
    const offsetMinute = Math.max(rule.earliestStartAfterMinutes + position * BREAK_STEP_MINUTES, previousEndMinute);
    const endMinute = offsetMinute + rule.durationMinutes;
    if (offsetMinute > rule.latestStartAfterMinutes || endMinute > lengthMinutes) return;
    placed.push({
      kind: rule.kind,
      startMs: startMs + offsetMinute * MS_PER_MINUTE,
      endMs: startMs + endMinute * MS_PER_MINUTE,
    });
    previousEndMinute = endMinute;
  });
  return placed;
}
