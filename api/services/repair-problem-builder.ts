import type { Agent } from "../domain/organisation/agent";
import { DEFAULT_RULES, DEFAULT_WEIGHTS, type RosterProblem } from "../domain/roster/model/problem";
import type { Schedule, ScheduleShift } from "../domain/schedule/schedule";
import type { ScheduleEvent } from "../domain/schedule/schedule-event";
import { localDayInterval } from "../domain/time/local-day";
import type { TimeOffRequest } from "../domain/access/time-off";
import type { Repositories } from "../persistence/repositories";
import type { Actor } from "./actor";
import { defaultBreaks, rosterAgentOf } from "../domain/roster/model/assemble-problem";

type Unavailability = { startsAt: string; endsAt: string };

/** From an agent's end date on (the first instant of that day in the agent's zone) to the period end: no longer employed. */
function afterEmployment(agent: Agent, periodEndUtc: string): Unavailability[] {
  if (agent.endDate === null) return [];
  const startsAt = new Date(localDayInterval(agent.endDate, agent.timeZone).startUtcMs).toISOString();
  return startsAt < periodEndUtc ? [{ startsAt, endsAt: periodEndUtc }] : [];
}

/**
 * The roster problem of a published schedule as it stands now: the schedule's own period, queues,
 * requirements and rest rule; every agent on the published roster plus the current agents skilled
 * for its queues; as hard unavailability their approved time off, the absences recorded on the
 * schedule and the days from their end date on. Start granularity and breaks take the solve's
 * defaults, which a schedule does not store.
 */
export async function repairProblemOf(
  repositories: Repositories,
  actor: Actor,
  schedule: Schedule,
  published: ScheduleShift[],
): Promise<RosterProblem> {
  const agents = await repositories.agents.list(actor.organisationId, { currentOn: null });
  const onRoster = new Set(published.map((shift) => shift.agentId));
  const periodStartDate = schedule.periodStartUtc.slice(0, 10);
  const isCandidate = (agent: Agent) =>
    onRoster.has(agent.id) ||
    ((agent.endDate === null || agent.endDate > periodStartDate) &&
      agent.skillQueueIds.some((id) => schedule.queueIds.includes(id)));
  const timeOff: TimeOffRequest[] = await repositories.timeOff.listApprovedOverlapping(
    actor.organisationId,
    new Date(schedule.periodStartUtc),
    new Date(schedule.periodEndUtc),
  );
  const absences: ScheduleEvent[] = await repositories.scheduleEvents.list(schedule.id, ["absence"]);
  const unavailability = (agent: Agent): Unavailability[] => [
    ...timeOff.filter((off) => off.agentId === agent.id),
    ...absences
      .filter((absence) => absence.agentId === agent.id)
      .map((absence) => ({ startsAt: absence.startUtc!, endsAt: absence.endUtc! })),
    ...afterEmployment(agent, schedule.periodEndUtc),
  ];
  return {
    periodStartUtc: schedule.periodStartUtc,
    periodEndUtc: schedule.periodEndUtc,
    intervalMinutes: schedule.intervalMinutes,
    queues: schedule.queues.map((queue) => ({
      id: queue.id,
      priorityWeight: queue.priorityWeight,
      ...(queue.targetAnswerSeconds ? { targetAnswerSeconds: queue.targetAnswerSeconds } : {}),
    })),
    requirements: schedule.requirements.map((item) => ({
      queueId: item.queueId,
      intervalStartUtc: item.intervalStartUtc,
      requiredAgents: item.requiredAgents,
      forecastCalls: item.forecastCalls ?? undefined,
      ahtSeconds: item.ahtSeconds ?? undefined,
    })),
    agents: agents.filter(isCandidate).map((agent) => rosterAgentOf(agent, schedule.queueIds, unavailability(agent))),
    rules: {
      ...DEFAULT_RULES,
      minRestMinutes: schedule.rules.minRestMinutes,
      startGranularityMinutes: 30,
      breaks: defaultBreaks,
    },
    weights: DEFAULT_WEIGHTS,
  };
}
