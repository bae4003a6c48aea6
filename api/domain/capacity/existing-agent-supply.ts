import { toEpochDay } from "../time/local-date";
import type { CapacityAgent } from "./plan";
import type { WeeklyHorizon } from "./weekly-horizon";

/** One of today's agents week by week, in FTE: baselineFte = presentFte + knownDepartureFte + expectedAttritionFte. */
export interface AgentSupply {
  agent: CapacityAgent;
  /** Contracted FTE × share of the week after the hire date, as if nobody ever left. */
  baselineFte: number[];
  /** FTE missing because of the agent's known end date. */
  knownDepartureFte: number[];
  /** Expected FTE missing because of attrition (only agents without a known end date). */
  expectedAttritionFte: number[];
  presentFte: number[];
}

interface AgentSpan {
  supply: AgentSupply;
  fte: number;
  hiredEpochDay: number;
  goneEpochDay: number;
  hasKnownEnd: boolean;
  survival: number;
}

function overlapDays(fromDay: number, toDay: number, startDay: number, endDay: number): number {
  return Math.max(0, Math.min(toDay, endDay) - Math.max(fromDay, startDay));
}

function toSpan(agent: CapacityAgent, fullTimeMinutesPerWeek: number, weekCount: number): AgentSpan {
  const zeros = () => Array<number>(weekCount).fill(0);
  return {
    supply: {
      agent,
      baselineFte: zeros(),
      knownDepartureFte: zeros(),
      expectedAttritionFte: zeros(),
      presentFte: zeros(),
    },
    fte: agent.contractedMinutesPerWeek / fullTimeMinutesPerWeek,
    hiredEpochDay: agent.hireDate ? toEpochDay(agent.hireDate) : -Infinity,
    goneEpochDay: agent.endDate ? toEpochDay(agent.endDate) + 1 : Infinity,
    hasKnownEnd: Boolean(agent.endDate),
    survival: 1,
  };
}

/**
 * The weekly hazard left for agents without a known end date once the week's known departures are
 * counted. The curve says h × (agents at risk) leave this week; known leavers are among them, not
 * in addition to them, so only max(0, expected − known) more are spread over the others. An agent
 * with a known end date is never also hit by the hazard: nobody is counted twice.
 */
function residualHazard(spans: AgentSpan[], weekStartDay: number, hazard: number): number {
  let unknownFte = 0;
  let knownAtRiskFte = 0;
  let knownLeavingFte = 0;
  for (const span of spans) {
    if (span.hiredEpochDay > weekStartDay || span.goneEpochDay <= weekStartDay) continue;
    if (!span.hasKnownEnd) unknownFte += span.fte * span.survival;
    else {
      knownAtRiskFte += span.fte;
      if (span.goneEpochDay <= weekStartDay + 7) knownLeavingFte += span.fte;
    }
  }
  const extraLeavingFte = Math.max(0, hazard * (unknownFte + knownAtRiskFte) - knownLeavingFte);
  return unknownFte > 0 ? Math.min(1, extraLeavingFte / unknownFte) : 0;
}

function recordWeek(span: AgentSpan, week: number, weekStartDay: number): void {
  const { supply, fte } = span;
  const baseline = (fte * overlapDays(weekStartDay, weekStartDay + 7, span.hiredEpochDay, Infinity)) / 7;
  const employed = (fte * overlapDays(weekStartDay, weekStartDay + 7, span.hiredEpochDay, span.goneEpochDay)) / 7;
  supply.baselineFte[week] = baseline;
  supply.knownDepartureFte[week] = baseline - employed;
  supply.expectedAttritionFte[week] = employed * (1 - span.survival);
  supply.presentFte[week] = employed * span.survival;
}

/**
 * Projects one cohort's current agents over the horizon (agents gone before it are ignored).
 * Attrition during week w takes effect from week w + 1; a known end date mid-week counts the days
 * still worked. `hazardOfWeek(index)` is the cohort's scaled hazard in that plan week.
 */
export function projectCohortAgents(
  agents: CapacityAgent[],
  horizon: WeeklyHorizon,
  fullTimeMinutesPerWeek: number,
  hazardOfWeek: (weekIndex: number) => number,
): AgentSupply[] {
  const weekCount = horizon.weeks.length;
  const spans = agents
    .map((agent) => toSpan(agent, fullTimeMinutesPerWeek, weekCount))
    .filter((span) => span.goneEpochDay > horizon.firstEpochDay);
  for (const week of horizon.weeks) {
    const hazardForOthers = residualHazard(spans, week.startEpochDay, hazardOfWeek(week.index));
    for (const span of spans) {
      recordWeek(span, week.index, week.startEpochDay);
      const isAtRisk = !span.hasKnownEnd && span.hiredEpochDay <= week.startEpochDay;
      if (isAtRisk) span.survival *= 1 - hazardForOthers;
    }
  }
  return spans.map((span) => span.supply);
}
