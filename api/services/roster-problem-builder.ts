import type { z } from "zod";
import type { Agent } from "../domain/organisation/agent";
import type { Queue } from "../domain/organisation/queue";
import type { RosterAgent, RosterProblem } from "../domain/roster/model/problem";
import { DEFAULT_RULES, DEFAULT_WEIGHTS } from "../domain/roster/model/problem";
import { intervalsWithoutForecastWarning, type ProblemWarning } from "../domain/roster/model/problem-warnings";
import type { ScheduleQueue, ScheduleRequirement } from "../domain/schedule/schedule";
import { addDays } from "../domain/time/local-date";
import { localDateOf } from "../domain/time/local-day";
import type { solveOptions } from "../contracts/schedules";
import { AppError, notFound, validationFailed } from "../http/errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { RequirementsService } from "./requirements-service";

export type SolveOptionsInput = z.output<typeof solveOptions>;

const MINUTE_MS = 60_000;

/**
 * Breaks when the planner names none: a 30-minute lunch starting 3 to 4½ hours into shifts of 6 h
 * or more, and a 15-minute break 1½ to 2½ hours into shifts of 4 h or more (the example).
 */
export const defaultBreaks = [
  { kind: "lunch" as const, durationMinutes: 30, minShiftMinutes: 360, earliestStartAfterMinutes: 180, latestStartAfterMinutes: 270 },
  { kind: "break" as const, durationMinutes: 15, minShiftMinutes: 240, earliestStartAfterMinutes: 90, latestStartAfterMinutes: 150 },
];

export interface PeriodSelection {
  periodStart: string;
  periodEnd: string;
  queueIds: string[];
}

/** The queues, in the order asked; an unknown id answers 404. */
export async function loadQueues(persistence: Persistence, actor: Actor, queueIds: string[]): Promise<Queue[]> {
  const queues = await Promise.all(queueIds.map((id) => persistence.repositories.queues.findById(actor.organisationId, id)));
  return queues.map((queue) => {
    if (!queue) throw notFound("Queue");
    return queue;
  });
}

export const scheduleQueuesOf = (queues: Queue[]): ScheduleQueue[] =>
  queues.map((queue) => ({ id: queue.id, name: queue.name, timeZone: queue.timeZone, priorityWeight: queue.priorityWeight, targetAnswerSeconds: queue.targetAnswerSeconds }));

/** The finest interval of the queues: coarser requirements are repeated in each finer interval they contain. */
export const intervalMinutesOf = (queues: Queue[]): number => Math.min(...queues.map((queue) => queue.intervalMinutes));

/**
 * Scheduled agents needed per queue interval over the period, from the stored forecast that covers
 * it (the newest of those; requirements-service.ts chooseForecastFor) through the staffing engine
 * (GET /api/queues/:id/requirements): the local dates that cover the period in the queue's zone, cut
 * to the period, split into the schedule's interval. When no forecast covers the whole period, the
 * newest covering part of it is used and a warning names the spans left without a requirement; a
 * queue with no forecast reaching into the period throws a validation error naming it.
 */
export async function forecastRequirementsOf(
  requirements: RequirementsService,
  actor: Actor,
  queue: Queue,
  selection: PeriodSelection,
  intervalMinutes: number,
  quantile: SolveOptionsInput["quantile"],
): Promise<{ requirements: ScheduleRequirement[]; warnings: ProblemWarning[] }> {
  const [startMs, endMs] = [Date.parse(selection.periodStart), Date.parse(selection.periodEnd)];
  const chosen = await requirements.forecastFor(actor, queue.id, { startMs, endMs });
  if (!chosen) {
    const period = `${new Date(startMs).toISOString()} to ${new Date(endMs).toISOString()}`;
    throw validationFailed([{ path: "body.queueIds", message: `${queue.name} has no stored forecast for any interval from ${period}: forecast it first` }], "Cannot staff the period");
  }
  const from = localDateOf(startMs, queue.timeZone);
  const to = addDays(localDateOf(endMs, queue.timeZone), 1);
  const result = await requirements.staffForSolve(actor, queue.id, { from, to, quantile, forecastId: chosen.forecastId });
  const parts = queue.intervalMinutes / intervalMinutes;
  const needed = result.intervals.flatMap((interval) =>
    Array.from({ length: parts }, (_, part) => Date.parse(interval.intervalStart) + part * intervalMinutes * MINUTE_MS)
      .filter((start) => start >= startMs && start < endMs)
      .map((start) => ({
        queueId: queue.id,
        intervalStartUtc: new Date(start).toISOString(),
        requiredAgents: interval.scheduledAgents,
        forecastCalls: interval.volume / parts,
        ahtSeconds: interval.ahtSeconds,
      })),
  );
  const warnings = chosen.uncovered.length === 0 ? [] : [intervalsWithoutForecastWarning(queue.name, chosen.uncovered, intervalMinutes)];
  return { requirements: needed, warnings };
}

/**
 * Like forecastRequirementsOf (its warnings included), but a queue without a forecast over the period
 * gives null (the schedule names it in queuesWithoutRequirements).
 */
export async function requirementsIfForecast(
  requirements: RequirementsService,
  actor: Actor,
  queue: Queue,
  selection: PeriodSelection,
  intervalMinutes: number,
): Promise<{ requirements: ScheduleRequirement[]; warnings: ProblemWarning[] } | null> {
  try {
    return await forecastRequirementsOf(requirements, actor, queue, selection, intervalMinutes, "expected");
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/**
 * The agent's facts for the optimiser. Contract fields the agent record does not hold take the
 * permissive defaults: any start and end time of day, 6 consecutive days, and at most the longest
 * allowed shift per day.
 */
export function rosterAgentOf(agent: Agent, queueIds: string[], timeOff: { startsAt: string; endsAt: string }[]): RosterAgent {
  return {
    id: agent.id,
    name: agent.name,
    timeZone: agent.timeZone,
    skills: agent.skillQueueIds.filter((queueId) => queueIds.includes(queueId)),
    availability: agent.availability,
    timeOff: timeOff.map((off) => ({ startUtc: off.startsAt, endUtc: off.endsAt, reason: "approved time off" })),
    contract: {
      ...agent.contract,
      earliestStartLocal: "00:00",
      latestEndLocal: "00:00",
      maxConsecutiveDays: 6,
      maxMinutesPerDay: Math.max(...agent.contract.shiftLengthsMinutes),
    },
  };
}

/**
 * The organisation's roster problem for a period: current agents skilled for the queues (or the
 * chosen ones), their approved time off as hard unavailability, requirements from the stored
 * forecasts covering the period, the queues' priority weights and answer targets; and the warnings
 * of building it (spans without a forecast), also carried by the problem so that the solve job's
 * stored result lists them.
 */
export async function buildRosterProblem(
  persistence: Persistence,
  requirements: RequirementsService,
  actor: Actor,
  selection: PeriodSelection & { agentIds?: string[]; options: SolveOptionsInput },
): Promise<{ problem: RosterProblem; queues: Queue[]; requirements: ScheduleRequirement[]; warnings: ProblemWarning[] }> {
  const queues = await loadQueues(persistence, actor, selection.queueIds);
  const intervalMinutes = intervalMinutesOf(queues);
  const staffed = await Promise.all(queues.map((queue) => forecastRequirementsOf(requirements, actor, queue, selection, intervalMinutes, selection.options.quantile)));
  const needed = staffed.flatMap((item) => item.requirements);
  const periodStartDate = selection.periodStart.slice(0, 10);
  const current = await persistence.repositories.agents.list(actor.organisationId, { currentOn: periodStartDate });
  const chosen = current.filter((agent) => (selection.agentIds ? selection.agentIds.includes(agent.id) : true) && agent.skillQueueIds.some((id) => selection.queueIds.includes(id)));
  if (selection.agentIds && chosen.length !== selection.agentIds.length) {
    throw validationFailed([{ path: "body.agentIds", message: "every agent must be current and skilled for one of the queues" }]);
  }
  const timeOff = await persistence.repositories.timeOff.listApprovedOverlapping(actor.organisationId, new Date(selection.periodStart), new Date(selection.periodEnd));
  const warnings = staffed.flatMap((item) => item.warnings);
  const problem: RosterProblem = {
    periodStartUtc: new Date(selection.periodStart).toISOString(),
    periodEndUtc: new Date(selection.periodEnd).toISOString(),
    intervalMinutes,
    queues: queues.map((queue) => ({ id: queue.id, priorityWeight: queue.priorityWeight, ...(queue.targetAnswerSeconds ? { targetAnswerSeconds: queue.targetAnswerSeconds } : {}) })),
    requirements: needed.map((item) => ({ queueId: item.queueId, intervalStartUtc: item.intervalStartUtc, requiredAgents: item.requiredAgents, forecastCalls: item.forecastCalls ?? undefined, ahtSeconds: item.ahtSeconds ?? undefined })),
    agents: chosen.map((agent) => rosterAgentOf(agent, selection.queueIds, timeOff.filter((off) => off.agentId === agent.id))),
    rules: { ...DEFAULT_RULES, startGranularityMinutes: selection.options.startGranularityMinutes, minRestMinutes: selection.options.minRestMinutes, breaks: selection.options.breaks ?? defaultBreaks },
    weights: DEFAULT_WEIGHTS,
    warnings,
  };
  return { problem, queues, requirements: needed, warnings };
}
