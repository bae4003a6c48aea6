import type { PublishDiff, ScheduleShift, ShiftSummary } from "../schedule/schedule";
import type { LedgerShift, ShiftChange } from "./change-set";

const sideOf = (agentId: string, summary: ShiftSummary, sequence: number): LedgerShift => ({
  agentId,
  startUtc: summary.startUtc,
  endUtc: summary.endUtc,
  queueIds: summary.queueIds,
  breaks: summary.breaks,
  sequence,
});

/**
 * The per-shift ledger entries of a publish, from the difference diffShifts recorded (matched by
 * shiftKey), each side with the iCal SEQUENCE it carries: the old side its last published value, the
 * new side the value the publish sets (`nextSequences`, by shift id, from sequencesOnPublish); a
 * removed shift's cancellation is sent one above its last value, by the feed.
 */
export function publishChanges(
  diff: PublishDiff,
  previous: ScheduleShift[],
  next: ScheduleShift[],
  nextSequences: Map<string, number>,
): ShiftChange[] {
  const oldSequence = new Map(previous.map((shift) => [shift.shiftKey, shift.sequence]));
  const newSequence = new Map(next.map((shift) => [shift.shiftKey, nextSequences.get(shift.id) ?? shift.sequence]));
  return diff.agents.flatMap(({ agentId, added, removed, changed }): ShiftChange[] => [
    ...removed.map((shift) => ({
      agentId,
      shiftKey: shift.shiftKey,
      change: "removed" as const,
      before: sideOf(agentId, shift, oldSequence.get(shift.shiftKey) ?? 0),
      after: null,
    })),
    ...added.map((shift) => ({
      agentId,
      shiftKey: shift.shiftKey,
      change: "added" as const,
      before: null,
      after: sideOf(agentId, shift, newSequence.get(shift.shiftKey) ?? 0),
    })),
    ...changed.map(({ before, after }) => ({
      agentId,
      shiftKey: after.shiftKey,
      change: "changed" as const,
      before: sideOf(agentId, before, oldSequence.get(before.shiftKey) ?? 0),
      after: sideOf(agentId, after, newSequence.get(after.shiftKey) ?? 0),
    })),
  ]);
}
