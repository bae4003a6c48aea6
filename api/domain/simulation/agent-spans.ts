import type { CoverageShift } from "../schedule/coverage";
import type { AgentSpan, SimulationAgent } from "./simulation-input";

/** A roster's or a schedule's shift (RosteredShift and ScheduleShift both are one) and whose it is. */
export type AgentShift = CoverageShift & { agentId: string };

/**
 * The simulated agents of a roster: each shift becomes the spans between its breaks and lunches,
 * clipped to the period [0, periodSeconds). A span serves the shift's queues that the simulation
 * knows, in the agent's priority order when `queuePriorityByAgent` gives one (queues it does not list
 * come after, in the shift's order), else in the shift's order. Agents keep the order of their first shift.
 */
export function agentsFromShifts(
  shifts: readonly AgentShift[],
  queueIds: readonly string[],
  periodStartUtcMs: number,
  periodSeconds: number,
  queuePriorityByAgent: ReadonlyMap<string, readonly string[]> = new Map(),
): SimulationAgent[] {
  const queueIndexOf = new Map(queueIds.map((id, index) => [id, index]));
  const spansByAgent = new Map<string, AgentSpan[]>();
  for (const shift of shifts) {
    const queueIndices = orderedQueues(shift.queueIds, queuePriorityByAgent.get(shift.agentId))
      .map((id) => queueIndexOf.get(id))
      .filter((index): index is number => index !== undefined);
    const spans = spansByAgent.get(shift.agentId) ?? [];
    spansByAgent.set(shift.agentId, spans);
    if (queueIndices.length === 0) continue;
    for (const [startMs, endMs] of workedStretches(shift)) {
      const startSeconds = Math.max(0, (startMs - periodStartUtcMs) / 1000);
      const endSeconds = Math.min(periodSeconds, (endMs - periodStartUtcMs) / 1000);
      if (endSeconds > startSeconds) spans.push({ startSeconds, endSeconds, queueIndices });
    }
  }
  return [...spansByAgent].map(([id, spans]) => ({ id, spans: spans.sort((a, b) => a.startSeconds - b.startSeconds) }));
}

function orderedQueues(shiftQueueIds: readonly string[], priority: readonly string[] | undefined): string[] {
  if (!priority) return [...shiftQueueIds];
  const rank = (id: string) =>
    priority.includes(id) ? priority.indexOf(id) : priority.length + shiftQueueIds.indexOf(id);
  return [...shiftQueueIds].sort((a, b) => rank(a) - rank(b));
}

/** [start, end) in epoch ms of the shift less its breaks (breaks may be given in any order). */
function workedStretches(shift: CoverageShift): [number, number][] {
  const breaks = shift.breaks
    .map((item) => [Date.parse(item.startUtc), Date.parse(item.endUtc)] as const)
    .sort((a, b) => a[0] - b[0]);
  const stretches: [number, number][] = [];
  let cursor = Date.parse(shift.startUtc);
  const end = Date.parse(shift.endUtc);
  for (const [breakStart, breakEnd] of breaks) {
    if (breakStart > cursor) stretches.push([cursor, Math.min(breakStart, end)]);
    cursor = Math.max(cursor, breakEnd);
  }
  if (end > cursor) stretches.push([cursor, end]);
  return stretches.filter(([start, stop]) => stop > start);
}
