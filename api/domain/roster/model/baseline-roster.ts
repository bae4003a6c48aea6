import type { CandidateSet } from "./candidate-shift";
import { describeShift } from "./candidates";
import { parseInstantMs, type PreparedProblem } from "./prepare";
import type { BaselineShift } from "./repair-problem";
import { localEpochDayOf } from "../../time/local-day";
import { overlapsTimeOff } from "../rules/time-off";

/** A baseline shift as instants and the agent's local start day. */
export interface BaselineSpan {
  startMs: number;
  endMs: number;
  epochDay: number;
}

/**
 * The candidate shifts of a repair and where the baseline stands among them. Candidates starting
 * before the cut-off are only the frozen baseline shifts (they have started or ended, so nothing
 * else can start there); every baseline shift after it is a candidate unless it now overlaps the
 * agent's time off (an absence), in which case it is lost and must change.
 */
export interface BaselineRoster {
  candidateSet: CandidateSet;
  /** Per agent, candidate indices of its frozen shifts. */
  frozenByAgent: number[][];
  /** Per agent, candidate indices of its later baseline shifts that can still be worked. */
  keptByAgent: number[][];
  /** Per agent, every baseline shift after the cut-off, workable or lost. */
  baselineByAgent: BaselineSpan[][];
}

function agentIndexOf(prepared: PreparedProblem): Map<string, number> {
  return new Map(prepared.source.agents.map((agent, index) => [agent.id, index]));
}

/**
 * Throws RangeError naming the shift for a baseline shift of an agent the problem does not have,
 * with a length that is not whole minutes, or outside the period.
 */
export function indexBaseline(
  prepared: PreparedProblem,
  generated: CandidateSet,
  baseline: BaselineShift[],
  cutoffMs: number,
): BaselineRoster {
  const agents = agentIndexOf(prepared);
  const candidates = generated.candidates.filter((shift) => shift.startMs >= cutoffMs);
  const byKey = new Map(
    candidates.map((shift, index) => [`${shift.agentIndex}/${shift.startMs}/${shift.endMs}`, index]),
  );
  const frozenByAgent: number[][] = prepared.source.agents.map(() => []);
  const keptByAgent: number[][] = prepared.source.agents.map(() => []);
  const baselineByAgent: BaselineSpan[][] = prepared.source.agents.map(() => []);
  for (const shift of baseline) {
    const agentIndex = agents.get(shift.agentId);
    if (agentIndex === undefined) throw new RangeError(`baseline shift of unknown agent ${shift.agentId}`);
    const startMs = parseInstantMs(shift.startUtc, `baseline shift of ${shift.agentId}`);
    const endMs = parseInstantMs(shift.endUtc, `baseline shift of ${shift.agentId}`);
    const lengthMinutes = (endMs - startMs) / 60_000;
    if (!(lengthMinutes > 0) || !Number.isInteger(lengthMinutes))
      throw new RangeError(`baseline shift of ${shift.agentId} at ${shift.startUtc} is not a whole number of minutes`);
    if (startMs < prepared.periodStartMs || endMs > prepared.periodEndMs)
      throw new RangeError(`baseline shift of ${shift.agentId} at ${shift.startUtc} lies outside the period`);
    const zone = prepared.source.agents[agentIndex].timeZone;
    const isFrozen = startMs < cutoffMs;
    if (!isFrozen) baselineByAgent[agentIndex].push({ startMs, endMs, epochDay: localEpochDayOf(startMs, zone) });
    if (!isFrozen && overlapsTimeOff(prepared.agentTimeOff[agentIndex], startMs, endMs)) continue;
    const key = `${agentIndex}/${startMs}/${endMs}`;
    let index = byKey.get(key);
    if (index === undefined) {
      // A published shift the generator would not offer (edited by hand, or frozen): it stays possible as it is.
      index =
        candidates.push(describeShift(prepared, agentIndex, localEpochDayOf(startMs, zone), startMs, lengthMinutes)) -
        1;
      byKey.set(key, index);
    }
    (isFrozen ? frozenByAgent : keptByAgent)[agentIndex].push(index);
  }
  return {
    candidateSet: { candidates, prunedByRule: generated.prunedByRule },
    frozenByAgent,
    keptByAgent,
    baselineByAgent,
  };
}
