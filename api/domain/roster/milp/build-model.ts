import type { CandidateFilter, CandidateShift } from "../model/candidate-shift";
import { generateCandidates } from "../model/candidates";
import { addConsecutiveDays } from "../rules/consecutive-days";
import { addContractHours } from "../rules/contract-hours";
import { addCoverage, type CoverageVariables } from "../rules/coverage";
import { addFairness } from "../rules/fairness";
import { addPreferences } from "../rules/preferences";
import { addRest } from "../rules/rest";
import { addSkillAttribution, skillGroupsOf, type Attribution, type OnDuty, type SkillGroup } from "../rules/skills";
import { addWeeklyRest } from "../rules/weekly-rest";
import { ModelBuilder, type RuleFamily, type VariablePenalty } from "./model-builder";
import { nameInstant, type ModelContext } from "./model-context";
import type { PreparedProblem } from "../model/prepare";
import type { MilpModel } from "./solver-port";

/** A built model and everything the decoder needs to read its solution back. */
export interface RosterModel {
  model: MilpModel;
  prepared: PreparedProblem;
  candidates: CandidateShift[];
  candidatesByAgent: number[][];
  agentMultiplicity: number[];
  variablePenalties: (VariablePenalty | null)[];
  rowFamilies: RuleFamily[];
  rowCountByFamily: Partial<Record<RuleFamily, number>>;
  prunedByRule: Record<CandidateFilter, number>;
  attributions: Attribution[];
  onDuty: OnDuty[];
  skillGroups: SkillGroup[];
  groupOfAgent: number[];
  coverage: CoverageVariables[];
}

export interface BuildOptions {
  /** Use these candidates instead of generating them (pooled models, fixed rosters). */
  candidates?: CandidateShift[];
  prunedByRule?: Record<CandidateFilter, number>;
  /** People per modelled agent (pooled models); 1 each by default. */
  agentMultiplicity?: number[];
}

function addShiftVariables(context: ModelContext): void {
  context.candidates.forEach((shift) => {
    const agent = context.prepared.source.agents[shift.agentIndex];
    context.builder.addVariable({
      name: `shift(agent=${agent.id},start=${nameInstant(shift.startMs)},minutes=${shift.lengthMinutes})`,
      lower: 0,
      upper: shift.multiplicity,
      isInteger: true,
      cost: 0,
    });
  });
}

function skillGroupIndex(prepared: PreparedProblem): { skillGroups: SkillGroup[]; groupOfAgent: number[] } {
  const { groups, groupOfAgent } = skillGroupsOf(
    prepared.queueIds,
    prepared.source.agents.map((agent) => agent.skills),
  );
  return { skillGroups: groups, groupOfAgent };
}

/**
 * Builds the roster MILP: one integer variable per candidate shift, then each rule family's rows
 * and penalties in turn. The objective is in weighted agent-minutes (see PenaltyWeights).
 */
export function buildRosterModel(prepared: PreparedProblem, options: BuildOptions = {}): RosterModel {
  const generated = options.candidates ? null : generateCandidates(prepared);
  const candidates = options.candidates ?? generated?.candidates ?? [];
  const candidatesByAgent: number[][] = prepared.source.agents.map(() => []);
  candidates.forEach((shift, index) => candidatesByAgent[shift.agentIndex].push(index));
  const context: ModelContext = {
    prepared,
    candidates,
    candidatesByAgent,
    agentMultiplicity: options.agentMultiplicity ?? prepared.source.agents.map(() => 1),
    builder: new ModelBuilder(),
    coverTerms: new Map(),
    worksVariables: prepared.source.agents.map(() => new Map()),
  };
  addShiftVariables(context);
  addPreferences(context);
  const { attributions, onDuty } = addSkillAttribution(context);
  const coverage = addCoverage(context);
  addRest(context);
  addContractHours(context);
  addConsecutiveDays(context);
  addWeeklyRest(context);
  addFairness(context);
  return {
    model: context.builder.toModel(),
    prepared,
    candidates,
    candidatesByAgent,
    agentMultiplicity: context.agentMultiplicity,
    variablePenalties: context.builder.variablePenalties,
    rowFamilies: context.builder.rowFamilies,
    rowCountByFamily: context.builder.rowCountByFamily(),
    prunedByRule: generated?.prunedByRule ??
      options.prunedByRule ?? { availability: 0, time_off: 0, contract_hours: 0, skills: 0 },
    attributions,
    onDuty,
    ...skillGroupIndex(prepared),
    coverage,
  };
}
