import { agentClassesOf, type AgentClasses } from "../model/agent-classes";
import { indexBaseline, type BaselineRoster, type BaselineSpan } from "../model/baseline-roster";
import { generateCandidates } from "../model/candidates";
import { parseInstantMs, prepareProblem } from "../model/prepare";
import type { RepairProblem } from "../model/repair-problem";
import type { RepairFigures, RepairResult } from "../model/repair-result";
import { listShiftChanges, type ShiftChange } from "../model/shift-changes";
import { relativeGapOf } from "../milp/solver-port";
import { PricedChange } from "../rules/priced-change";
import { fairnessCostOf } from "../rules/roster-fairness";
import { mulberry32 } from "../../random/seeded-random";
import { RosterSearch } from "./best-response";
import { LagrangianBound } from "./lagrangian-bound";
import { costFinalRoster } from "./lagrangian-search";
import { searchRepair } from "./repair-search";
import type { RosterSolveDependencies } from "./strategy";

export interface RepairOptions {
  /** Budget of the repair itself (search, bound, costing). */
  timeLimitSeconds: number;
  /** Budget of the from-scratch re-solve it is compared with. */
  fromScratchTimeLimitSeconds: number;
  seed?: number;
}

/** Shares of the repair's budget: the search stops at SEARCH_SHARE, the bound at BOUND_SHARE; the rest costs the roster. */
const SEARCH_SHARE = 0.4;
const BOUND_SHARE = 0.5;
/** Share of the re-solve's budget its search may use (the rest is for its figures). */
const SCRATCH_SEARCH_SHARE = 0.95;

interface RepairContext {
  classes: AgentClasses;
  baseline: BaselineRoster;
  pricing: PricedChange;
  cutoffMs: number;
  isEmergency: boolean;
}

/**
 * Minimal-change repair of a published roster from a cut-off instant. Shifts starting before the
 * cut-off are frozen; every later shift may stay, move, shrink, grow, be added or removed under
 * the hard rules of a solve (the same candidates, schedule search and hard-rule check; the roster
 * costed by the same model through the solver port). The objective is the roster's plus priced
 * change (priced-change.ts). The answer carries the same figures for a from-scratch re-solve of
 * the same remaining horizon. Throws RangeError for a malformed problem or baseline (indexBaseline).
 */
export async function repairRoster(
  input: RepairProblem,
  options: RepairOptions,
  dependencies: RosterSolveDependencies,
): Promise<RepairResult> {
  const startedMs = dependencies.clockMs();
  const elapsedSeconds = () => (dependencies.clockMs() - startedMs) / 1000;
  const isAborted = () => dependencies.signal?.aborted === true;
  const prepared = prepareProblem(input.problem);
  const cutoffMs = parseInstantMs(input.settings.cutoffUtc, "cutoffUtc");
  const baseline = indexBaseline(prepared, generateCandidates(prepared), input.baseline, cutoffMs);
  const classes = agentClassesOf(prepared, baseline.candidateSet.candidates);
  const context: RepairContext = {
    classes,
    baseline,
    pricing: new PricedChange(input.settings, cutoffMs),
    cutoffMs,
    isEmergency: input.settings.isEmergency,
  };
  const random = mulberry32(options.seed ?? 1);
  const standing = baseline.frozenByAgent.map((frozen, agent) => [...frozen, ...baseline.keptByAgent[agent]]);
  const shortBefore = shortAgentMinutesOf(context, rosterSearchOf(classes, standing));
  const repaired = searchRepair({
    classes,
    adjustments: context.pricing.shiftCostAdjustments(baseline, classes.candidates, true),
    start: standing,
    frozenByAgent: baseline.frozenByAgent,
    random,
    isOutOfTime: () => elapsedSeconds() >= options.timeLimitSeconds * SEARCH_SHARE || isAborted(),
  });
  const searchSeconds = elapsedSeconds();
  const bound = new LagrangianBound(classes);
  bound.seedFromCoverage(repaired.scheduled);
  do bound.step(repaired.objective());
  while (elapsedSeconds() < options.timeLimitSeconds * BOUND_SHARE && !isAborted());
  const lowerBound = Number.isFinite(bound.bestBound) ? bound.bestBound : null;
  const finalFacts = { lowerBound, notes: [], candidateSet: baseline.candidateSet, isGapReached: false };
  const solution = await costFinalRoster(
    classes,
    repaired.snapshot(),
    finalFacts,
    { timeLimitSeconds: options.timeLimitSeconds, relativeGap: 0 },
    dependencies,
    elapsedSeconds,
  );
  const repairSeconds = elapsedSeconds();
  const repairFigures = figuresOf(context, repaired, shortBefore, repairSeconds);
  const scratch = searchRepair({
    classes,
    adjustments: context.pricing.shiftCostAdjustments(baseline, classes.candidates, false),
    start: baseline.frozenByAgent,
    frozenByAgent: baseline.frozenByAgent,
    random,
    isOutOfTime: () =>
      elapsedSeconds() >= repairSeconds + options.fromScratchTimeLimitSeconds * SCRATCH_SEARCH_SHARE || isAborted(),
  });
  const changes = changesOf(context, repaired.shiftsOfAgent);
  const pricedChange = changes.reduce((sum, change) => sum + change.costAgentMinutes, 0);
  const total = solution.objective.total + pricedChange;
  const reportedBound = lowerBound === null ? null : Math.min(lowerBound, total);
  return {
    cutoffUtc: new Date(cutoffMs).toISOString(),
    frozenShifts: baseline.frozenByAgent.reduce((sum, frozen) => sum + frozen.length, 0),
    solution,
    objective: { total, roster: solution.objective.total, pricedChange },
    lowerBound: reportedBound,
    absoluteGap: reportedBound === null ? null : total - reportedBound,
    relativeGap: relativeGapOf(total, reportedBound),
    changes,
    repair: repairFigures,
    fromScratch: figuresOf(context, scratch, shortBefore, elapsedSeconds() - repairSeconds),
    notes: [
      `${classes.candidates.length} candidate shifts after the cut-off or frozen; search to ${searchSeconds.toFixed(1)} s, ${bound.evaluations} Lagrangian evaluations, costed by ${repairSeconds.toFixed(1)} s`,
      ...solution.notes,
    ],
  };
}

function rosterSearchOf(classes: AgentClasses, roster: number[][]): RosterSearch {
  const search = new RosterSearch(classes);
  search.restore(roster);
  return search;
}

function changesOf(context: RepairContext, roster: number[][]): ShiftChange[] {
  const { classes, baseline, pricing, cutoffMs, isEmergency } = context;
  return roster.flatMap((indices, agent) => {
    const spans: BaselineSpan[] = indices
      .map((index) => classes.candidates[index])
      .filter((shift) => shift.startMs >= cutoffMs);
    return listShiftChanges(
      classes.prepared.source.agents[agent].id,
      baseline.baselineByAgent[agent],
      spans,
      pricing,
      isEmergency,
    );
  });
}

/** Agent-minutes short in the intervals that end after the cut-off (those a repair can still reach), with the search's split of blended time. */
function shortAgentMinutesOf(context: RepairContext, search: RosterSearch): number {
  const { prepared } = context.classes;
  const first = Math.max(0, Math.floor((context.cutoffMs - prepared.periodStartMs) / prepared.intervalMs));
  let short = 0;
  prepared.requiredAgents.forEach((row, queue) => {
    for (let interval = first; interval < prepared.intervalCount; interval += 1)
      short += Math.max(0, row[interval] - search.scheduled[queue * prepared.intervalCount + interval]);
  });
  return (short * prepared.intervalMs) / 60_000;
}

/**
 * The figures of a roster, all read the same way for the repair and the re-solve (the search's
 * split of blended time, fairness included), so the two compare; the repaired roster's reported
 * solution is re-split by the solver, so its objective can be a little lower.
 */
function figuresOf(
  context: RepairContext,
  search: RosterSearch,
  shortBefore: number,
  solveSeconds: number,
): RepairFigures {
  const changes = changesOf(context, search.shiftsOfAgent);
  const inside = changes.filter((change) => change.isInsideNoticeWindow);
  const pricedChangeCost = changes.reduce((sum, change) => sum + change.costAgentMinutes, 0);
  const shortAfter = shortAgentMinutesOf(context, search);
  return {
    objective: search.objective() + fairnessCostOf(context.classes, search.shiftsOfAgent) + pricedChangeCost,
    pricedChangeCost,
    agentsAffected: new Set(changes.map((change) => change.agentId)).size,
    shiftsChanged: changes.length,
    premiumsOwed: inside.length,
    premiumAgentMinutes: inside.reduce((sum, change) => sum + change.premiumAgentMinutes, 0),
    offers: changes.filter((change) => change.isOffer).length,
    shortAgentMinutesBefore: shortBefore,
    shortAgentMinutesAfter: shortAfter,
    coverageRecoveredAgentMinutes: shortBefore - shortAfter,
    solveSeconds,
  };
}
