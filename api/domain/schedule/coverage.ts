import type { ServiceLevelEstimator } from "../roster/model/solution";
import type { ScheduleQueue, ScheduleRequirement, ShiftBreak } from "./schedule";
import { MS_PER_MINUTE } from "../time/durations";

export interface CoverageShift {
  startUtc: string;
  endUtc: string;
  queueIds: string[];
  breaks: ShiftBreak[];
}

export interface CoverageEntry {
  queueId: string;
  intervalStartUtc: string;
  requiredAgents: number;
  scheduledAgents: number;
  shortAgents: number;
  expectedServiceLevelFraction: number | null;
}

const overlapMs = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));

/** The share of one interval an agent spends on the phones in a shift: inside the shift, not on a break. */
function onPhoneFraction(shift: CoverageShift, intervalStart: number, intervalMs: number): number {
  const intervalEnd = intervalStart + intervalMs;
  const worked = overlapMs(Date.parse(shift.startUtc), Date.parse(shift.endUtc), intervalStart, intervalEnd);
  const onBreak = shift.breaks.reduce(
    (total, item) => total + overlapMs(Date.parse(item.startUtc), Date.parse(item.endUtc), intervalStart, intervalEnd),
    0,
  );
  return Math.max(0, worked - onBreak) / intervalMs;
}

/**
 * Required vs scheduled agents per queue interval of a schedule, computed from its shifts, so a
 * draft edited by hand shows its real coverage. An agent on a break does not count. A shift that
 * serves several queues (a blended agent) is attributed to them in proportion to their requirement
 * in the interval (evenly when none requires anyone); the optimiser's own attribution is per
 * interval too, so a freshly solved draft shows the same totals per interval. The expected service
 * level comes from `estimate` (the staffing engine's Erlang C) where the forecast is known.
 */
export function coverageOf(
  requirements: ScheduleRequirement[],
  queues: ScheduleQueue[],
  intervalMinutes: number,
  shifts: CoverageShift[],
  estimate: ServiceLevelEstimator,
): CoverageEntry[] {
  const intervalMs = intervalMinutes * MS_PER_MINUTE;
  const keyOf = (queueId: string, startMs: number) => `${queueId}|${startMs}`;
  const required = new Map(
    requirements.map((item) => [keyOf(item.queueId, Date.parse(item.intervalStartUtc)), item.requiredAgents]),
  );
  const scheduled = new Map<string, number>();
  for (const shift of shifts) {
    const first = Math.floor(Date.parse(shift.startUtc) / intervalMs) * intervalMs;
    for (let start = first; start < Date.parse(shift.endUtc); start += intervalMs) {
      const fraction = onPhoneFraction(shift, start, intervalMs);
      if (fraction === 0) continue;
      const needs = shift.queueIds.map((queueId) => required.get(keyOf(queueId, start)) ?? 0);
      const totalNeed = needs.reduce((total, need) => total + need, 0);
      shift.queueIds.forEach((queueId, index) => {
        const share = totalNeed > 0 ? needs[index]! / totalNeed : 1 / shift.queueIds.length;
        scheduled.set(keyOf(queueId, start), (scheduled.get(keyOf(queueId, start)) ?? 0) + fraction * share);
      });
    }
  }
  const targetOf = new Map(queues.map((queue) => [queue.id, queue.targetAnswerSeconds]));
  return requirements.map((item) => {
    const scheduledAgents = scheduled.get(keyOf(item.queueId, Date.parse(item.intervalStartUtc))) ?? 0;
    const target = targetOf.get(item.queueId) ?? null;
    const canEstimate =
      target !== null && item.forecastCalls !== null && item.ahtSeconds !== null && item.forecastCalls > 0;
    return {
      queueId: item.queueId,
      intervalStartUtc: item.intervalStartUtc,
      requiredAgents: item.requiredAgents,
      scheduledAgents,
      shortAgents: Math.max(0, item.requiredAgents - scheduledAgents),
      expectedServiceLevelFraction: canEstimate
        ? estimate({
            queueId: item.queueId,
            intervalMinutes,
            scheduledAgents,
            forecastCalls: item.forecastCalls!,
            ahtSeconds: item.ahtSeconds!,
            targetAnswerSeconds: target,
          })
        : null,
    };
  });
}
