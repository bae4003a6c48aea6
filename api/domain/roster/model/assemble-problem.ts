import type { InstantSpan } from "../../forecast/choose-forecast";
import type { Agent } from "../../organisation/agent";
import type { Queue } from "../../organisation/queue";
import type { ScheduleQueue, ScheduleRequirement } from "../../schedule/schedule";
import type { StaffedInterval } from "../../staffing/staffed-interval";
import {
  DEFAULT_RULES,
  DEFAULT_WEIGHTS,
  type BreakRule,
  type RosterAgent,
  type RosterProblem,
  type RosterRules,
} from "./problem";
import type { ProblemWarning } from "./problem-warnings";
import { MS_PER_MINUTE } from "../../time/durations";

/**
 * Breaks when the planner names none: a 30-minute lunch starting 3 to 4½ hours into shifts of 6 h
 * or more, and a 15-minute break 1½ to 2½ hours into shifts of 4 h or more (the example).
 */
export const defaultBreaks: BreakRule[] = [
  {
    kind: "lunch",
    durationMinutes: 30,
    minShiftMinutes: 360,
    earliestStartAfterMinutes: 180,
    latestStartAfterMinutes: 270,
  },
  {
    kind: "break",
    durationMinutes: 15,
    minShiftMinutes: 240,
    earliestStartAfterMinutes: 90,
    latestStartAfterMinutes: 150,
  },
];

export const scheduleQueuesOf = (queues: Queue[]): ScheduleQueue[] =>
  queues.map((queue) => ({
    id: queue.id,
    name: queue.name,
    timeZone: queue.timeZone,
    priorityWeight: queue.priorityWeight,
    targetAnswerSeconds: queue.targetAnswerSeconds,
  }));

/** The finest interval of the queues: coarser requirements are repeated in each finer interval they contain. */
export const intervalMinutesOf = (queues: Queue[]): number => Math.min(...queues.map((queue) => queue.intervalMinutes));

/**
 * One queue's staffed forecast intervals as the schedule's requirements over the period: each is
 * split into the schedule's `intervalMinutes` (the required agents repeated, the volume shared),
 * and the parts outside the period are cut. The one place these instants become UTC ISO strings.
 */
export function scheduleRequirementsOf(
  queue: Queue,
  staffed: readonly StaffedInterval[],
  intervalMinutes: number,
  period: InstantSpan,
): ScheduleRequirement[] {
  const parts = queue.intervalMinutes / intervalMinutes;
  return staffed.flatMap((interval) =>
    Array.from({ length: parts }, (_, part) => interval.startUtcMs + part * intervalMinutes * MS_PER_MINUTE)
      .filter((startMs) => startMs >= period.startMs && startMs < period.endMs)
      .map((startMs) => ({
        queueId: queue.id,
        intervalStartUtc: new Date(startMs).toISOString(),
        requiredAgents: interval.scheduledAgents,
        forecastCalls: interval.volume / parts,
        ahtSeconds: interval.ahtSeconds,
      })),
  );
}

/**
 * The agent's facts for the optimiser. Contract fields the agent record does not hold take the
 * permissive defaults: any start and end time of day, 6 consecutive days, and at most the longest
 * allowed shift per day.
 */
export function rosterAgentOf(
  agent: Agent,
  queueIds: string[],
  timeOff: { startsAt: string; endsAt: string }[],
): RosterAgent {
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

export interface RosterProblemFacts {
  period: InstantSpan;
  /** The queues solved for, in the order asked; agents' skills outside them are dropped. */
  queues: Queue[];
  requirements: ScheduleRequirement[];
  agents: Agent[];
  /** Approved time off of the agents overlapping the period (UTC ISO instants, as stored). */
  approvedTimeOff: { agentId: string; startsAt: string; endsAt: string }[];
  rules: Pick<RosterRules, "startGranularityMinutes" | "minRestMinutes"> & { breaks?: BreakRule[] };
  warnings: ProblemWarning[];
}

/**
 * The roster problem of an organisation's period: its agents with approved time off as hard
 * unavailability, the queues' priority weights and answer targets, the default rules and weights
 * with the planner's granularity, rest and breaks (the default breaks when none are named), and the
 * warnings of building it, carried by the problem so that a solve job's stored result lists them.
 */
export function assembleRosterProblem(facts: RosterProblemFacts): RosterProblem {
  const queueIds = facts.queues.map((queue) => queue.id);
  return {
    periodStartUtc: new Date(facts.period.startMs).toISOString(),
    periodEndUtc: new Date(facts.period.endMs).toISOString(),
    intervalMinutes: intervalMinutesOf(facts.queues),
    queues: facts.queues.map((queue) => ({
      id: queue.id,
      priorityWeight: queue.priorityWeight,
      ...(queue.targetAnswerSeconds ? { targetAnswerSeconds: queue.targetAnswerSeconds } : {}),
    })),
    requirements: facts.requirements.map((item) => ({
      queueId: item.queueId,
      intervalStartUtc: item.intervalStartUtc,
      requiredAgents: item.requiredAgents,
      forecastCalls: item.forecastCalls ?? undefined,
      ahtSeconds: item.ahtSeconds ?? undefined,
    })),
    agents: facts.agents.map((agent) =>
      rosterAgentOf(
        agent,
        queueIds,
        facts.approvedTimeOff.filter((off) => off.agentId === agent.id),
      ),
    ),
    rules: {
      ...DEFAULT_RULES,
      startGranularityMinutes: facts.rules.startGranularityMinutes,
      minRestMinutes: facts.rules.minRestMinutes,
      breaks: facts.rules.breaks ?? defaultBreaks,
    },
    weights: DEFAULT_WEIGHTS,
    warnings: facts.warnings,
  };
}
