import { formatInstantInZone, formatInstantUtc } from "../../time/format-instant";
import type { RosterModel } from "./build-model";
import type { CandidateShift } from "../model/candidate-shift";
import { weekLimitsOf } from "../rules/contract-hours";
import { UncoveredExplainer } from "../model/explain-uncovered";
import { PENALTY_UNITS, type PenaltyRule } from "./model-builder";
import type {
  AgentWeekSummary,
  IntervalCoverage,
  PenaltyBreakdown,
  RosteredShift,
  ServiceLevelEstimator,
  UncoveredInterval,
} from "../model/solution";
import { MS_PER_MINUTE } from "../../time/durations";

/** Shortfalls below this many agents are solver round-off, not understaffing. */
const SHORT_TOLERANCE_AGENTS = 1e-6;

/** The objective split by penalty rule, in real units and in objective units; the costs sum to the objective. */
export function decodeBreakdown(rosterModel: RosterModel, values: number[]): PenaltyBreakdown[] {
  const totals = new Map<PenaltyRule, { quantity: number; cost: number }>();
  rosterModel.variablePenalties.forEach((penalty, index) => {
    if (penalty === null || values[index] === 0) return;
    const entry = totals.get(penalty.rule) ?? { quantity: 0, cost: 0 };
    entry.quantity += penalty.quantityPerUnit * values[index];
    entry.cost += rosterModel.model.variables[index].cost * values[index];
    totals.set(penalty.rule, entry);
  });
  return (Object.keys(PENALTY_UNITS) as PenaltyRule[]).map((rule) => ({
    rule,
    unit: PENALTY_UNITS[rule],
    quantity: totals.get(rule)?.quantity ?? 0,
    cost: totals.get(rule)?.cost ?? 0,
  }));
}

/** Rostered shifts per agent (a shift variable at 1; models decoded here have one person per agent). */
export function rosteredShiftsByAgent(rosterModel: RosterModel, values: number[]): CandidateShift[][] {
  const byAgent: CandidateShift[][] = rosterModel.prepared.source.agents.map(() => []);
  rosterModel.candidates.forEach((shift, index) => {
    if (values[index] > 0.5) byAgent[shift.agentIndex].push(shift);
  });
  for (const shifts of byAgent) shifts.sort((a, b) => a.startMs - b.startMs);
  return byAgent;
}

export function decodeShifts(rosterModel: RosterModel, byAgent: CandidateShift[][]): RosteredShift[] {
  const { agents } = rosterModel.prepared.source;
  return byAgent.flatMap((shifts, agentIndex) =>
    shifts.map((shift) => ({
      agentId: agents[agentIndex].id,
      startUtc: formatInstantUtc(shift.startMs),
      endUtc: formatInstantUtc(shift.endMs),
      startLocal: formatInstantInZone(shift.startMs, agents[agentIndex].timeZone),
      endLocal: formatInstantInZone(shift.endMs, agents[agentIndex].timeZone),
      lengthMinutes: shift.lengthMinutes,
      queueIds: agents[agentIndex].skills.filter((skill) => rosterModel.prepared.queueIds.includes(skill)),
      breaks: shift.breaks.map((pause) => ({
        kind: pause.kind,
        startUtc: formatInstantUtc(pause.startMs),
        endUtc: formatInstantUtc(pause.endMs),
      })),
    })),
  );
}

export function decodeAgentWeeks(rosterModel: RosterModel, byAgent: CandidateShift[][]): AgentWeekSummary[] {
  const { prepared } = rosterModel;
  return byAgent.flatMap((shifts, agentIndex) =>
    prepared.weeks.map((week, weekIndex) => {
      const inWeek = shifts.filter((shift) => shift.weekIndex === weekIndex);
      const limits = weekLimitsOf(
        prepared.source.agents[agentIndex].contract,
        week,
        prepared.agentPaidLeave[agentIndex],
      );
      return {
        agentId: prepared.source.agents[agentIndex].id,
        week: weekIndex + 1,
        minutes: inWeek.reduce((sum, shift) => sum + shift.lengthMinutes, 0),
        shifts: inWeek.length,
        minMinutes: limits.minMinutes,
        maxMinutes: limits.maxMinutes,
      };
    }),
  );
}

/** Required vs scheduled vs short per queue and interval, with the expected service level when an estimator is given. */
export function decodeCoverage(
  rosterModel: RosterModel,
  values: number[],
  estimateServiceLevel?: ServiceLevelEstimator,
): IntervalCoverage[] {
  const { prepared } = rosterModel;
  return rosterModel.coverage.map((entry) => {
    const short = entry.short >= 0 ? values[entry.short] : 0;
    const over = entry.over >= 0 ? values[entry.over] : 0;
    const queue = prepared.source.queues[entry.queue];
    const startMs = prepared.periodStartMs + entry.interval * prepared.intervalMs;
    const intervalStartUtc = formatInstantUtc(startMs);
    const scheduledAgents = entry.required - short + over;
    const forecast = prepared.requirementEntries.get(entry.queue * prepared.intervalCount + entry.interval);
    const canEstimate =
      estimateServiceLevel &&
      forecast?.forecastCalls !== undefined &&
      forecast.ahtSeconds !== undefined &&
      queue.targetAnswerSeconds !== undefined;
    return {
      queueId: queue.id,
      intervalStartUtc,
      requiredAgents: entry.required,
      scheduledAgents,
      shortAgents: short,
      overAgents: over,
      expectedServiceLevelFraction: canEstimate
        ? estimateServiceLevel({
            queueId: queue.id,
            intervalMinutes: prepared.intervalMs / MS_PER_MINUTE,
            scheduledAgents,
            forecastCalls: forecast.forecastCalls ?? 0,
            ahtSeconds: forecast.ahtSeconds ?? 0,
            targetAnswerSeconds: queue.targetAnswerSeconds ?? 0,
          })
        : null,
    };
  });
}

/** Each interval left short, with every skilled agent and the rule that kept them off it. */
export function decodeUncovered(
  rosterModel: RosterModel,
  coverage: IntervalCoverage[],
  byAgent: CandidateShift[][],
): UncoveredInterval[] {
  const { prepared } = rosterModel;
  const explainer = new UncoveredExplainer(prepared, byAgent);
  return coverage
    .filter((entry) => entry.shortAgents > SHORT_TOLERANCE_AGENTS)
    .map((entry) => {
      const startMs = Date.parse(entry.intervalStartUtc);
      const skilledAgents = prepared.source.agents.flatMap((agent, agentIndex) => {
        if (!agent.skills.includes(entry.queueId)) return [];
        const reason = explainer.reasonFor(agentIndex, startMs);
        return reason === null ? [] : [{ agentId: agent.id, reason }];
      });
      return {
        queueId: entry.queueId,
        intervalStartUtc: entry.intervalStartUtc,
        shortAgents: entry.shortAgents,
        skilledAgents,
      };
    });
}
