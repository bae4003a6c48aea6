import { isoWeekdayOfEpochDay, toEpochDay } from "../../time/local-date";
import { localDateOf } from "../../time/local-day";
import { placeBreaks } from "./break-placement";
import { availabilityOn, fitsContractSpan, type AvailabilityOccurrence } from "../rules/availability";
import { exceedsDailyMaximum } from "../rules/contract-hours";
import { overlapsTimeOff } from "../rules/time-off";
import type { CandidateFilter, CandidateSet, CandidateShift } from "./candidate-shift";
import type { PreparedProblem } from "./prepare";
import { coverageOf, minutesInWeeklyWindows, nightMinutesOf } from "./shift-features";
import { existingWallClockInstantMs } from "../../time/wall-clock";
import { MINUTES_PER_DAY, MS_PER_MINUTE, MS_PER_WEEK } from "../../time/durations";

const NIGHT_WORKER_MINUTES = 180;

function startMinutesOf(window: AvailabilityOccurrence, granularityMinutes: number, shortestMinutes: number): number[] {
  const minutes: number[] = [];
  // One hour of slack: a fall-back night holds an extra real hour; the exact test is endMs <= window.endMs.
  const first = Math.ceil(window.startMinute / granularityMinutes) * granularityMinutes;
  for (let minute = first; minute + shortestMinutes <= window.endMinute + 60; minute += granularityMinutes)
    minutes.push(minute);
  return minutes;
}

/**
 * Every shift of one agent that no filtering hard rule forbids: starts on the local clock at the
 * start granularity inside an availability window (times skipped by a spring-forward gap are not
 * offered; a repeated fall-back time is offered once, at its earlier occurrence), each allowed
 * length in real elapsed minutes, so 22:00 + 8 h ends at 05:00 local on the fall-back night and
 * at 07:00 on the spring-forward night. The shift must end inside the same window.
 */
export function generateAgentCandidates(
  prepared: PreparedProblem,
  agentIndex: number,
  pruned: Record<CandidateFilter, number>,
): CandidateShift[] {
  const problem = prepared.source;
  const agent = problem.agents[agentIndex];
  const hasSkill = agent.skills.some((skill) => prepared.queueIds.includes(skill));
  const zone = agent.timeZone;
  const lengths = [...new Set(agent.contract.shiftLengthsMinutes)].sort((a, b) => a - b);
  const firstDay = toEpochDay(localDateOf(prepared.periodStartMs, zone)) - 1;
  const lastDay = toEpochDay(localDateOf(prepared.periodEndMs, zone));
  const seen = new Set<string>();
  const shifts: CandidateShift[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const window of availabilityOn(agent, day)) {
      for (const minute of startMinutesOf(window, problem.rules.startGranularityMinutes, lengths[0] ?? 0)) {
        const startDay = day + Math.floor(minute / MINUTES_PER_DAY);
        const startMs = existingWallClockInstantMs(startDay, minute % MINUTES_PER_DAY, zone);
        if (startMs === null || startMs < prepared.periodStartMs) continue;
        for (const lengthMinutes of lengths) {
          const endMs = startMs + lengthMinutes * MS_PER_MINUTE;
          const key = `${startMs}/${lengthMinutes}`;
          if (endMs > window.endMs || endMs > prepared.periodEndMs || seen.has(key)) continue;
          seen.add(key);
          const rule = filterRuleOf(prepared, agentIndex, startDay, startMs, endMs, lengthMinutes, hasSkill);
          if (rule !== null) pruned[rule] += 1;
          else shifts.push(describeShift(prepared, agentIndex, startDay, startMs, lengthMinutes));
        }
      }
    }
  }
  return shifts;
}

function filterRuleOf(
  prepared: PreparedProblem,
  agentIndex: number,
  epochDay: number,
  startMs: number,
  endMs: number,
  lengthMinutes: number,
  hasSkill: boolean,
): CandidateFilter | null {
  const agent = prepared.source.agents[agentIndex];
  if (!hasSkill) return "skills";
  if (!fitsContractSpan(agent.contract, agent.timeZone, epochDay, startMs, endMs)) return "availability";
  if (exceedsDailyMaximum(agent.contract, lengthMinutes)) return "contract_hours";
  if (overlapsTimeOff(prepared.agentTimeOff[agentIndex], startMs, endMs)) return "time_off";
  return null;
}

export function describeShift(
  prepared: PreparedProblem,
  agentIndex: number,
  epochDay: number,
  startMs: number,
  lengthMinutes: number,
): CandidateShift {
  const problem = prepared.source;
  const agent = problem.agents[agentIndex];
  const endMs = startMs + lengthMinutes * MS_PER_MINUTE;
  const breaks = placeBreaks(startMs, lengthMinutes, problem.rules.breaks, agentIndex);
  const cover = coverageOf(startMs, endMs, breaks, prepared.periodStartMs, prepared.intervalMs);
  const nightMinutes = nightMinutesOf(
    problem.rules.nightStartLocal,
    problem.rules.nightEndLocal,
    agent.timeZone,
    epochDay,
    startMs,
    endMs,
  );
  return {
    agentIndex,
    startMs,
    endMs,
    lengthMinutes,
    epochDay,
    weekIndex: Math.floor((startMs - prepared.periodStartMs) / MS_PER_WEEK),
    isWeekend: isoWeekdayOfEpochDay(epochDay) >= 6,
    isNight: nightMinutes >= NIGHT_WORKER_MINUTES,
    avoidedMinutes: minutesInWeeklyWindows(agent.avoid ?? [], agent.timeZone, epochDay, startMs, endMs),
    breaks,
    coverIntervals: cover.intervals,
    coverFractions: cover.fractions,
    multiplicity: 1,
  };
}

/** Candidates of every agent, in agent order. */
export function generateCandidates(prepared: PreparedProblem): CandidateSet {
  const prunedByRule: Record<CandidateFilter, number> = { availability: 0, time_off: 0, contract_hours: 0, skills: 0 };
  const candidates: CandidateShift[] = [];
  prepared.source.agents.forEach((_, agentIndex) => {
    for (const shift of generateAgentCandidates(prepared, agentIndex, prunedByRule)) candidates.push(shift);
  });
  return { candidates, prunedByRule };
}
