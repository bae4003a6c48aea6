import type { WeeklyWindow } from "../../organisation/weekly-window";
import type { ProblemWarning } from "./problem-warnings";

/**
 * The named-agent roster problem: facts only (who, when, which rules), never decisions. Instants are
 * UTC ISO strings; wall-clock ideas (availability, earliest start, night) are "HH:mm" read in the
 * agent's IANA zone. The JSON contract (api/contracts/roster-problem.ts) has the same shape.
 */
export interface RosterProblem {
  /** First instant of the planning period (UTC); contract weeks are 7×24 h blocks from here. */
  periodStartUtc: string;
  /** End of the planning period (UTC, exclusive). Shifts lie wholly inside the period. */
  periodEndUtc: string;
  /** Length of a requirement interval: 15, 30 or 60. */
  intervalMinutes: number;
  queues: RosterQueue[];
  requirements: IntervalRequirement[];
  agents: RosterAgent[];
  rules: RosterRules;
  weights: PenaltyWeights;
  /**
   * What whoever built the problem did not take as given (a server solve: spans of the period no
   * stored forecast covers). They travel with the problem, so a solve job's stored result keeps them.
   */
  warnings?: ProblemWarning[];
}

export interface RosterQueue {
  id: string;
  /** Multiplies the cost of a minute short on this queue (1 = normal, 2 = twice as important). */
  priorityWeight: number;
  /** For the expected service level: answer within this many seconds. */
  targetAnswerSeconds?: number;
}

/** Scheduled agents needed on a queue in one interval (shrinkage included: on-break agents do not count). */
export interface IntervalRequirement {
  queueId: string;
  intervalStartUtc: string;
  requiredAgents: number;
  /** Forecast offered calls and handle time, when known, so the expected service level can be reported. */
  forecastCalls?: number;
  ahtSeconds?: number;
}

export interface RosterAgent {
  id: string;
  name?: string;
  timeZone: string;
  /** Queue ids the agent may work. */
  skills: string[];
  /** When the agent can work, as local weekday windows in timeZone. */
  availability: WeeklyWindow[];
  timeOff: TimeOff[];
  contract: AgentContract;
  /** Local windows the agent would rather not work; each minute worked inside one costs weights.avoidedMinute. */
  avoid?: WeeklyWindow[];
}

/** Dated unavailability: an exact UTC span, or a whole local date in the agent's zone. */
export type TimeOff = { startUtc: string; endUtc: string; reason?: string } | { localDate: string; reason?: string };

export interface AgentContract {
  minMinutesPerWeek: number;
  maxMinutesPerWeek: number;
  maxShiftsPerWeek: number;
  /** Paid lengths, in real elapsed minutes (breaks inside), e.g. [480, 600]. */
  shiftLengthsMinutes: number[];
  /** "HH:mm" local: no shift starts before this. */
  earliestStartLocal: string;
  /** "HH:mm" local: no shift ends after this; at or before earliestStartLocal means the next day. */
  latestEndLocal: string;
  maxConsecutiveDays: number;
  maxMinutesPerDay: number;
}

export interface RosterRules {
  /** Minimum rest between two shifts of an agent, real elapsed minutes (EU Directive 2003/88/EC art. 3: 11 h). */
  minRestMinutes: number;
  /** One uninterrupted rest per contract week (2003/88/EC art. 5: 24 h plus the 11 h daily rest = 35 h). */
  weeklyRestMinutes: number;
  /** Shifts start on local clock multiples of this (15 or 30). */
  startGranularityMinutes: number;
  breaks: BreakRule[];
  /** Local night window used for night-shift fairness (2003/88/EC art. 2: at least 7 h including 00:00–05:00). */
  nightStartLocal: string;
  nightEndLocal: string;
}

/** A break or lunch inside every shift at least minShiftMinutes long, starting within a window from the shift start. */
export interface BreakRule {
  kind: "break" | "lunch";
  durationMinutes: number;
  minShiftMinutes: number;
  earliestStartAfterMinutes: number;
  latestStartAfterMinutes: number;
}

/** Objective weights. The objective is in weighted agent-minutes. */
export interface PenaltyWeights {
  /** Per agent-minute short (times the queue's priorityWeight). */
  shortAgentMinute: number;
  /** Per agent-minute scheduled beyond the requirement. */
  overAgentMinute: number;
  /** Per minute an agent is rostered below the contracted weekly minimum. */
  belowContractMinute: number;
  /** Per weekend shift between the most- and least-loaded weekend-available agent. */
  weekendSpreadShift: number;
  /** Per night shift between the most- and least-loaded night-available agent. */
  nightSpreadShift: number;
  /** Per minute worked inside an agent's avoid window. */
  avoidedMinute: number;
}

export const DEFAULT_RULES: RosterRules = {
  minRestMinutes: 11 * 60,
  weeklyRestMinutes: 35 * 60,
  startGranularityMinutes: 15,
  breaks: [],
  nightStartLocal: "22:00",
  nightEndLocal: "06:00",
};

export const DEFAULT_WEIGHTS: PenaltyWeights = {
  shortAgentMinute: 1,
  overAgentMinute: 0.25,
  belowContractMinute: 0.5,
  weekendSpreadShift: 30,
  nightSpreadShift: 30,
  avoidedMinute: 0.1,
};
