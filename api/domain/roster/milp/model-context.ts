import type { CandidateShift } from "../model/candidate-shift";
import type { ModelBuilder } from "./model-builder";
import type { PreparedProblem } from "../model/prepare";
import type { LinearTerm } from "./solver-port";

/**
 * What every rule family sees while the model is built. Shift variables come first: the variable of
 * candidate i is i. In an aggregated (pooled) model an "agent" stands for `agentMultiplicity`
 * interchangeable people, and per-agent limits are multiplied by it (a relaxation: see pools.ts).
 */
export interface ModelContext {
  prepared: PreparedProblem;
  candidates: CandidateShift[];
  candidatesByAgent: number[][];
  agentMultiplicity: number[];
  builder: ModelBuilder;
  /** Terms of each coverage row, filled by the skills family, keyed queue × intervalCount + interval. */
  coverTerms: Map<number, LinearTerm[]>;
  /** `works(agent,date)` variable per agent and local day (epoch day), filled by the rest family. */
  worksVariables: Map<number, number>[];
}

/** The `works` variable of an agent's local day, or undefined when the agent has no shift that day. */
export function worksVariableOf(context: ModelContext, agentIndex: number, epochDay: number): number | undefined {
  return context.worksVariables[agentIndex]?.get(epochDay);
}

/** "2026-03-09T14:00Z": the instant form used in row and variable names. */
export function nameInstant(instantMs: number): string {
  return `${new Date(instantMs).toISOString().slice(0, 16)}Z`;
}

export function agentLabel(context: ModelContext, agentIndex: number): string {
  return context.prepared.source.agents[agentIndex].id;
}

export function intervalStartMs(context: ModelContext, interval: number): number {
  return context.prepared.periodStartMs + interval * context.prepared.intervalMs;
}

/** Shift variable indices of one agent grouped by a key (a local day, a week). */
export function groupAgentCandidates(
  context: ModelContext,
  agentIndex: number,
  keyOf: (shift: CandidateShift) => number,
): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const candidate of context.candidatesByAgent[agentIndex]) {
    const key = keyOf(context.candidates[candidate]);
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  return groups;
}
