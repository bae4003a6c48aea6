import type { BlockingRule } from "../rules/hard-rule-check";
import type { PenaltyRule, RuleFamily } from "../milp/model-builder";
import type { ProblemWarning } from "./problem-warnings";
import type { SolveStatus } from "../milp/solver-port";

/** What a roster solve returns: decisions, their cost explained per rule, and how far from optimal they may be. */
export interface RosterSolution {
  /**
   * The solver's status. "optimal" only when the bound meets the objective; "gap_reached" when the
   * solve stopped because the relative gap reached the requested target (within that gap of optimal,
   * not proven optimal); "heuristic" when the roster is the greedy start because the solver found nothing better;
   * "error" when the solver failed (the roster is then the greedy start and the notes say why).
   */
  status: SolveStatus | "gap_reached" | "heuristic";
  /** True when some queue interval is left short: the roster is still returned, with the reasons. */
  isUnderstaffed: boolean;
  method: "milp" | "pooled_decomposition" | "lagrangian_search";
  objective: { total: number; breakdown: PenaltyBreakdown[] };
  /** A proven lower bound on the optimum objective (weighted agent-minutes), null when none was proven. */
  lowerBound: number | null;
  /** objective − lowerBound, in weighted agent-minutes. */
  absoluteGap: number | null;
  /** (objective − lowerBound) / objective. */
  relativeGap: number | null;
  solveSeconds: number;
  shifts: RosteredShift[];
  agentWeeks: AgentWeekSummary[];
  coverage: IntervalCoverage[];
  uncovered: UncoveredInterval[];
  model: {
    variables: number;
    rows: number;
    rowsByFamily: Partial<Record<RuleFamily, number>>;
    prunedCandidatesByRule: Record<string, number>;
  };
  notes: string[];
  /** What the solve did with input it accepted but did not take as given (summed, dropped, ignored). */
  warnings: ProblemWarning[];
}

export interface PenaltyBreakdown {
  rule: PenaltyRule;
  unit: string;
  /** Amount in the unit, before the weight (e.g. agent-minutes short). */
  quantity: number;
  /** Its share of the objective. */
  cost: number;
}

export interface RosteredShift {
  agentId: string;
  startUtc: string;
  endUtc: string;
  /** Wall-clock start and end in the agent's zone, with the offset in force. */
  startLocal: string;
  endLocal: string;
  lengthMinutes: number;
  /** Queues the agent may serve during the shift (blended agents serve any of them). */
  queueIds: string[];
  breaks: { kind: "break" | "lunch"; startUtc: string; endUtc: string }[];
}

export interface AgentWeekSummary {
  agentId: string;
  week: number;
  minutes: number;
  shifts: number;
  minMinutes: number;
  maxMinutes: number;
}

export interface IntervalCoverage {
  queueId: string;
  intervalStartUtc: string;
  requiredAgents: number;
  scheduledAgents: number;
  shortAgents: number;
  overAgents: number;
  /** Expected share of calls answered within the queue's target, given the scheduled agents; null when unknown. */
  expectedServiceLevelFraction: number | null;
}

export type OffReason =
  BlockingRule | "time_off" | "availability" | "on_break" | "serving_other_queue" | "cost_tradeoff";

export interface UncoveredInterval {
  queueId: string;
  intervalStartUtc: string;
  shortAgents: number;
  /** Every agent skilled for the queue, and the rule that kept each off it. */
  skilledAgents: { agentId: string; reason: OffReason }[];
}

/** Expected service level of a queue interval with a given number of scheduled agents (the staffing engine's Erlang model). */
export type ServiceLevelEstimator = (input: {
  queueId: string;
  intervalMinutes: number;
  scheduledAgents: number;
  forecastCalls: number;
  ahtSeconds: number;
  targetAnswerSeconds: number;
}) => number | null;
