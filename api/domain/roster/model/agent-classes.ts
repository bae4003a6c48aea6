import type { CandidateShift } from "./candidate-shift";
import { skillGroupsOf, type SkillGroup } from "../rules/skills";
import type { PreparedProblem } from "./prepare";
import { scheduleSpaceOf, type ScheduleSpace } from "./schedule-space";
import { MS_PER_MINUTE } from "../../time/durations";

/**
 * The named problem as the Lagrangian bound and the local search see it: every agent's schedule
 * space, agents with identical spaces (same skills, contract, candidate shifts and break
 * placements) gathered in classes so each class is searched once, and the coverage costs per
 * queue and interval in objective units per agent on the phones for one interval.
 */
export interface AgentClasses {
  prepared: PreparedProblem;
  candidates: CandidateShift[];
  spaces: ScheduleSpace[];
  /** Agents of each class (a class is an index into spaces). */
  classMembers: number[][];
  classOfAgent: number[];
  /** Each agent's own candidate indices in its class space's local order (local shift s of agent a is agentCandidates[a][s]). */
  agentCandidates: number[][];
  groups: SkillGroup[];
  groupOfAgent: number[];
  /** Weighted cost of one agent short for one interval, per queue (shortAgentMinute × priority × intervalMinutes). */
  shortCost: Float64Array;
  /** Cost of one agent over for one interval (overAgentMinute × intervalMinutes). */
  overCost: number;
  /** Queues of each group ordered by shortCost, highest first: where a blended agent helps most. */
  groupQueuesByValue: number[][];
}

export function agentClassesOf(prepared: PreparedProblem, candidates: CandidateShift[]): AgentClasses {
  const { source } = prepared;
  const { groups, groupOfAgent } = skillGroupsOf(
    prepared.queueIds,
    source.agents.map((agent) => agent.skills),
  );
  const byAgent: number[][] = source.agents.map(() => []);
  candidates.forEach((shift, index) => byAgent[shift.agentIndex].push(index));
  const spaces: ScheduleSpace[] = [];
  const classMembers: number[][] = [];
  const classBySignature = new Map<string, number>();
  const agentCandidates: number[][] = [];
  const classOfAgent = byAgent.map((members, agentIndex) => {
    const space = scheduleSpaceOf(prepared, candidates, agentIndex, members, groups[groupOfAgent[agentIndex]].key);
    agentCandidates.push(space.candidates);
    let classIndex = classBySignature.get(space.signature);
    if (classIndex === undefined) {
      classIndex = spaces.push(space) - 1;
      classMembers.push([]);
      classBySignature.set(space.signature, classIndex);
    }
    classMembers[classIndex].push(agentIndex);
    return classIndex;
  });
  const intervalMinutes = prepared.intervalMs / MS_PER_MINUTE;
  const shortCost = Float64Array.from(
    source.queues,
    (queue) => source.weights.shortAgentMinute * queue.priorityWeight * intervalMinutes,
  );
  return {
    prepared,
    candidates,
    spaces,
    classMembers,
    classOfAgent,
    agentCandidates,
    groups,
    groupOfAgent,
    shortCost,
    overCost: source.weights.overAgentMinute * intervalMinutes,
    groupQueuesByValue: groups.map((group) => [...group.queueIndices].sort((a, b) => shortCost[b] - shortCost[a])),
  };
}

/** The local shifts of a space as (candidate) objects, for coverage lookups. */
export function spaceShift(classes: AgentClasses, space: ScheduleSpace, local: number): CandidateShift {
  return classes.candidates[space.candidates[local]];
}
