import type { TimeOffRequestDto } from "../../../../../api/contracts/time-off";
import { localDatesCovered, formatInZone } from "../../../lib/zoned-time";
import type { AgentFacts, RosterFilters } from "./roster-view";

export type ApprovedTimeOff = TimeOffRequestDto;

/**
 * Approved time off of the agents the roster filters keep: the queue filter keeps agents skilled for
 * the queue, the others read the agent's facts as the shift filters do. Only time off overlapping
 * [fromMs, toMs) is kept.
 */
export function filterTimeOff(
  requests: ApprovedTimeOff[],
  filters: RosterFilters,
  facts: Map<string, AgentFacts>,
  fromMs: number,
  toMs: number,
): ApprovedTimeOff[] {
  return requests.filter((request) => {
    const agent = facts.get(request.agentId);
    if (Date.parse(request.endsAt) <= fromMs || Date.parse(request.startsAt) >= toMs) return false;
    if (filters.queueId && !agent?.skillQueueIds.includes(filters.queueId)) return false;
    if (filters.vendor && agent?.vendor !== filters.vendor) return false;
    if (filters.agentTimeZone && request.agentTimeZone !== filters.agentTimeZone) return false;
    if (filters.team && request.team !== filters.team) return false;
    if (filters.cohort && agent?.cohort !== filters.cohort) return false;
    return true;
  });
}

/** "Mon 2 Mar 00:00 – Wed 4 Mar 00:00" in `timeZone`, for a tooltip or a screen reader. */
export function describeTimeOffRange(request: ApprovedTimeOff, timeZone: string): string {
  const format = (instant: string) =>
    formatInZone(instant, timeZone, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    });
  return `${format(request.startsAt)} – ${format(request.endsAt)}`;
}

/** The local dates in the display zone each request touches, keyed by agent id. */
export function timeOffDaysByAgent(
  requests: ApprovedTimeOff[],
  timeZone: string,
): Map<string, Map<string, ApprovedTimeOff>> {
  const byAgent = new Map<string, Map<string, ApprovedTimeOff>>();
  for (const request of requests) {
    const days = byAgent.get(request.agentId) ?? new Map<string, ApprovedTimeOff>();
    for (const day of localDatesCovered(request.startsAt, request.endsAt, timeZone)) days.set(day, request);
    byAgent.set(request.agentId, days);
  }
  return byAgent;
}
