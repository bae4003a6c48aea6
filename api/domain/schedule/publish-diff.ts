import type { AgentDiff, PublishDiff, ScheduleShift, ShiftSummary } from "./schedule";

const summaryOf = (shift: ScheduleShift): ShiftSummary => ({
  shiftKey: shift.shiftKey,
  startUtc: shift.startUtc,
  endUtc: shift.endUtc,
  queueIds: [...shift.queueIds].sort(),
  breaks: shift.breaks,
});

const sameWork = (a: ScheduleShift, b: ScheduleShift): boolean =>
  a.agentId === b.agentId && JSON.stringify(summaryOf(a)) === JSON.stringify(summaryOf(b));

/**
 * The difference a publish makes, per agent, matching shifts by shiftKey: a key only in `next` is
 * added, only in `previous` removed, in both with other times, queues, breaks or agent changed
 * (reassigned shifts are listed as removed from the old agent and added to the new one).
 */
export function diffShifts(
  previous: ScheduleShift[],
  next: ScheduleShift[],
  previousVersionNumber: number | null,
): PublishDiff {
  const byAgent = new Map<string, AgentDiff>();
  const entry = (agentId: string) => {
    const existing = byAgent.get(agentId) ?? { agentId, added: [], removed: [], changed: [] };
    byAgent.set(agentId, existing);
    return existing;
  };
  const before = new Map(previous.map((shift) => [shift.shiftKey, shift]));
  const after = new Map(next.map((shift) => [shift.shiftKey, shift]));
  for (const shift of next) {
    const old = before.get(shift.shiftKey);
    if (!old || old.agentId !== shift.agentId) {
      entry(shift.agentId).added.push(summaryOf(shift));
      if (old) entry(old.agentId).removed.push(summaryOf(old));
    } else if (!sameWork(old, shift))
      entry(shift.agentId).changed.push({ before: summaryOf(old), after: summaryOf(shift) });
  }
  for (const shift of previous) if (!after.has(shift.shiftKey)) entry(shift.agentId).removed.push(summaryOf(shift));
  const agents = [...byAgent.values()].sort((a, b) => a.agentId.localeCompare(b.agentId));
  return {
    previousVersionNumber,
    agents,
    addedCount: agents.reduce((total, agent) => total + agent.added.length, 0),
    removedCount: agents.reduce((total, agent) => total + agent.removed.length, 0),
    changedCount: agents.reduce((total, agent) => total + agent.changed.length, 0),
  };
}

/**
 * The iCal SEQUENCE of each shift of a version being published (RFC 5545 §3.8.7.4: raised whenever
 * the event is revised): the previous published value for unchanged work, one more when it changed,
 * 0 for new work.
 */
export function sequencesOnPublish(previous: ScheduleShift[], next: ScheduleShift[]): Map<string, number> {
  const before = new Map(previous.map((shift) => [shift.shiftKey, shift]));
  return new Map(
    next.map((shift) => {
      const old = before.get(shift.shiftKey);
      const sequence = !old
        ? Math.max(shift.sequence, 0)
        : sameWork(old, shift)
          ? old.sequence
          : Math.max(old.sequence, shift.sequence) + 1;
      return [shift.id, sequence];
    }),
  );
}
