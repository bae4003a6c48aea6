import type { BaselineSpan } from "./baseline-roster";
import type { PricedChange } from "../rules/priced-change";
import { fromEpochDay } from "../../time/local-date";

export type ShiftChangeKind = "moved" | "shrunk" | "grown" | "added" | "removed";

/** One changed shift of one agent's local day: what it was, what it becomes, and what the change costs. */
export interface ShiftChange {
  agentId: string;
  /** The local date in the agent's zone of the shift's start. */
  localDate: string;
  kind: ShiftChangeKind;
  before: { startUtc: string; endUtc: string } | null;
  after: { startUtc: string; endUtc: string } | null;
  isInsideNoticeWindow: boolean;
  /** Predictability pay owed for it, in agent-minutes (0 outside the notice window). */
  premiumAgentMinutes: number;
  /** What it adds to the objective: the premium inside the window, the stability weight outside. */
  costAgentMinutes: number;
  /** Added hours inside the notice window without an emergency: proposed to the agent, who may decline. */
  isOffer: boolean;
}

const spanText = (span: BaselineSpan) => ({
  startUtc: new Date(span.startMs).toISOString(),
  endUtc: new Date(span.endMs).toISOString(),
});

function kindOf(before: BaselineSpan | null, after: BaselineSpan | null): ShiftChangeKind {
  if (before === null) return "added";
  if (after === null) return "removed";
  const difference = after.endMs - after.startMs - (before.endMs - before.startMs);
  return difference > 0 ? "grown" : difference < 0 ? "shrunk" : "moved";
}

function groupByDay(spans: BaselineSpan[]): Map<number, BaselineSpan[]> {
  const days = new Map<number, BaselineSpan[]>();
  for (const span of [...spans].sort((a, b) => a.startMs - b.startMs))
    days.set(span.epochDay, [...(days.get(span.epochDay) ?? []), span]);
  return days;
}

/**
 * The changes of one agent after the cut-off, per local day: each baseline shift no longer on the
 * roster is one change (paired, in time order, with a new shift of that day when there is one: a
 * move, shrink or growth), and each new shift beyond those pairs is an added one. The sum of their
 * costs is the priced-change cost that the search's per-shift adjustments price (priced-change.ts).
 */
export function listShiftChanges(
  agentId: string,
  baseline: BaselineSpan[],
  roster: BaselineSpan[],
  pricing: PricedChange,
  isEmergency: boolean,
): ShiftChange[] {
  const isSame = (a: BaselineSpan, b: BaselineSpan) => a.startMs === b.startMs && a.endMs === b.endMs;
  const baselineDays = groupByDay(baseline);
  const rosterDays = groupByDay(roster);
  const days = [...new Set([...baselineDays.keys(), ...rosterDays.keys()])].sort((a, b) => a - b);
  return days.flatMap((day) => {
    const before = baselineDays.get(day) ?? [];
    const after = rosterDays.get(day) ?? [];
    const removed = before.filter((span) => !after.some((shift) => isSame(shift, span)));
    const added = after.filter((shift) => !before.some((span) => isSame(shift, span)));
    const pairs = Array.from({ length: Math.max(removed.length, added.length) }, (_, position) => ({
      old: removed[position] ?? null,
      next: added[position] ?? null,
    }));
    return pairs.map(({ old, next }) => {
      const pricedStartMs = (old ?? next ?? { startMs: 0 }).startMs;
      const isInsideNoticeWindow = pricing.isInsideWindow(pricedStartMs);
      const kind = kindOf(old, next);
      const costAgentMinutes = pricing.priceOf(pricedStartMs);
      return {
        agentId,
        localDate: fromEpochDay(day),
        kind,
        before: old && spanText(old),
        after: next && spanText(next),
        isInsideNoticeWindow,
        premiumAgentMinutes: isInsideNoticeWindow ? costAgentMinutes : 0,
        costAgentMinutes,
        isOffer: isInsideNoticeWindow && !isEmergency && (kind === "added" || kind === "grown"),
      };
    });
  });
}
