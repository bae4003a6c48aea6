import { isoWeekdayOfEpochDay, toEpochDay } from "../../time/local-date";
import { localDayInterval } from "../../time/local-day";
import { parseTimestamp } from "../../time/parse-timestamp";
import { assertValidTimeZone } from "../../time/zone";
import type { IntervalRequirement, RosterAgent, RosterProblem } from "./problem";
import {
  duplicateRequirementsWarning,
  outsidePeriodWarning,
  unknownSkillWarnings,
  type ProblemWarning,
} from "./problem-warnings";
import { MS_PER_MINUTE, MS_PER_WEEK } from "../../time/durations";

export interface TimeSpanMs {
  startMs: number;
  endMs: number;
}

/** The problem with instants as numbers and requirements as a dense queue × interval matrix. */
export interface PreparedProblem {
  source: RosterProblem;
  periodStartMs: number;
  periodEndMs: number;
  intervalMs: number;
  intervalCount: number;
  queueIds: string[];
  /** requiredAgents[queue][interval]. */
  requiredAgents: Float64Array[];
  /** The requirement entry per queue × intervalCount + interval, for its forecast calls and handle time. */
  requirementEntries: Map<number, IntervalRequirement>;
  /** Contract weeks: 7×24 h blocks of the period; the last is shorter when the period is not whole weeks. */
  weeks: TimeSpanMs[];
  agentTimeOff: TimeSpanMs[][];
  /**
   * The time off that lowers an agent's weekly minimum (contract-hours.ts): every exact span, and
   * each local day off on a weekday the agent's availability has hours (a day off on a day the agent
   * never works is not paid leave).
   */
  agentPaidLeave: TimeSpanMs[][];
  /** What preparing did with input it did not take as given (summed, dropped, ignored), for the solution to report. */
  warnings: ProblemWarning[];
}

/**
 * The problem restricted to some of its agents, in the given order (agent i of the result is
 * agents[i] of this one), with every per-agent fact carried along.
 */
export function withAgents(prepared: PreparedProblem, agentIndices: number[]): PreparedProblem {
  return {
    ...prepared,
    source: { ...prepared.source, agents: agentIndices.map((agentIndex) => prepared.source.agents[agentIndex]) },
    agentTimeOff: agentIndices.map((agentIndex) => prepared.agentTimeOff[agentIndex]),
    agentPaidLeave: agentIndices.map((agentIndex) => prepared.agentPaidLeave[agentIndex]),
  };
}

/** Throws RangeError for a timestamp without an explicit offset: JSON carries UTC instants. */
export function parseInstantMs(text: string, field: string): number {
  const parsed = parseTimestamp(text, "UTC");
  if (parsed === null || !parsed.hadOffset)
    throw new RangeError(`${field} is not an ISO instant with an offset: ${text}`);
  return parsed.instantUtcMs;
}

type TimeOffEntry = RosterAgent["timeOff"][number];

function timeOffSpan(agent: RosterAgent, entry: TimeOffEntry): TimeSpanMs {
  if ("localDate" in entry) {
    const day = localDayInterval(entry.localDate, agent.timeZone);
    return { startMs: day.startUtcMs, endMs: day.endUtcMs };
  }
  return {
    startMs: parseInstantMs(entry.startUtc, `time off of ${agent.id}`),
    endMs: parseInstantMs(entry.endUtc, `time off of ${agent.id}`),
  };
}

/** Exact spans always; a local day off only on a weekday the agent's availability has hours. */
function isPaidLeave(agent: RosterAgent, entry: TimeOffEntry): boolean {
  return (
    !("localDate" in entry) ||
    agent.availability.some((window) => window.weekday === isoWeekdayOfEpochDay(toEpochDay(entry.localDate)))
  );
}

function contractWeeks(periodStartMs: number, periodEndMs: number): TimeSpanMs[] {
  const weeks: TimeSpanMs[] = [];
  for (let startMs = periodStartMs; startMs < periodEndMs; startMs += MS_PER_WEEK) {
    weeks.push({ startMs, endMs: Math.min(startMs + MS_PER_WEEK, periodEndMs) });
  }
  return weeks;
}

/**
 * requiredAgents per queue × interval. Rows for the same queue interval are summed, rows outside the
 * period dropped, and both counted for the warnings; the entry kept per interval is the first row's.
 */
function requirementMatrix(problem: RosterProblem, periodStartMs: number, intervalMs: number, intervalCount: number) {
  const queueIndex = new Map(problem.queues.map((queue, index) => [queue.id, index]));
  const matrix = problem.queues.map(() => new Float64Array(intervalCount));
  const entries = new Map<number, IntervalRequirement>();
  const repeated = new Set<number>();
  let duplicateRows = 0;
  let outsideRows = 0;
  for (const requirement of problem.requirements) {
    const queue = queueIndex.get(requirement.queueId);
    if (queue === undefined) throw new RangeError(`requirement names unknown queue ${requirement.queueId}`);
    const offsetMs = parseInstantMs(requirement.intervalStartUtc, "requirement intervalStartUtc") - periodStartMs;
    const interval = offsetMs / intervalMs;
    if (!Number.isInteger(interval))
      throw new RangeError(`requirement at ${requirement.intervalStartUtc} is not on the interval grid`);
    if (!(requirement.requiredAgents >= 0))
      throw new RangeError(`requiredAgents must be >= 0 at ${requirement.intervalStartUtc}`);
    if (interval < 0 || interval >= intervalCount) {
      outsideRows += 1;
      continue;
    }
    const key = queue * intervalCount + interval;
    matrix[queue][interval] += requirement.requiredAgents;
    if (entries.has(key)) {
      duplicateRows += 1;
      repeated.add(key);
    } else {
      entries.set(key, requirement);
    }
  }
  const warnings = [
    ...(duplicateRows > 0 ? [duplicateRequirementsWarning(duplicateRows, repeated.size)] : []),
    ...(outsideRows > 0 ? [outsidePeriodWarning(outsideRows)] : []),
  ];
  return { matrix, entries, warnings };
}

/**
 * Checks what the types cannot (zones exist, the period is on the interval grid, queue ids are
 * known) and indexes the problem. Throws RangeError naming the first problem found; what it accepts
 * but does not take as given (summed duplicates, dropped rows, unknown skills) becomes a warning,
 * after the warnings the problem arrived with.
 */
export function prepareProblem(problem: RosterProblem): PreparedProblem {
  const periodStartMs = parseInstantMs(problem.periodStartUtc, "periodStartUtc");
  const periodEndMs = parseInstantMs(problem.periodEndUtc, "periodEndUtc");
  const intervalMs = problem.intervalMinutes * MS_PER_MINUTE;
  const intervalCount = (periodEndMs - periodStartMs) / intervalMs;
  if (!(intervalCount > 0) || !Number.isInteger(intervalCount)) {
    throw new RangeError("the period must be a positive whole number of intervals");
  }
  for (const agent of problem.agents) assertValidTimeZone(agent.timeZone);
  const requirements = requirementMatrix(problem, periodStartMs, intervalMs, intervalCount);
  return {
    source: problem,
    periodStartMs,
    periodEndMs,
    intervalMs,
    intervalCount,
    queueIds: problem.queues.map((queue) => queue.id),
    requiredAgents: requirements.matrix,
    requirementEntries: requirements.entries,
    weeks: contractWeeks(periodStartMs, periodEndMs),
    agentTimeOff: problem.agents.map((agent) => agent.timeOff.map((entry) => timeOffSpan(agent, entry))),
    agentPaidLeave: problem.agents.map((agent) =>
      agent.timeOff.filter((entry) => isPaidLeave(agent, entry)).map((entry) => timeOffSpan(agent, entry)),
    ),
    warnings: [
      ...(problem.warnings ?? []),
      ...requirements.warnings,
      ...unknownSkillWarnings(new Set(problem.queues.map((queue) => queue.id)), problem.agents),
    ],
  };
}
