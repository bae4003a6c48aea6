import { agentClassesOf, type AgentClasses } from "../model/agent-classes";
import { assembleSolution, fixedRosterModel, type SolveFacts } from "../milp/assemble-solution";
import { RosterSearch } from "./best-response";
import type { CandidateSet, CandidateShift } from "../model/candidate-shift";
import { objectiveOf } from "../milp/complete-values";
import { ColumnGeneration, FIRST_DIVE, moreCareful } from "./column-generation";
import { LagrangianBound } from "./lagrangian-bound";
import type { PreparedProblem } from "../model/prepare";
import { fairnessCostOf, participantsOf } from "../rules/roster-fairness";
import type { RosterSolution } from "../model/solution";
import type { RosterSolveDependencies, RosterSolveOptions } from "./strategy";
import { relativeGapOf } from "../milp/solver-port";
import { mulberry32 } from "../../random/seeded-random";

/** Share of the time limit left for costing the final roster (building its model and re-splitting blended time). */
const FINAL_SHARE = 0.12;
/** Share of the time limit by which the first local search stops (it only has to give a safe first roster). */
const FIRST_SEARCH_SHARE = 0.1;
/** Price steps between two rounds of local search. */
const STEPS_PER_ROUND = 10;
/**
 * Share of the time limit by which column generation stops; the dive has until the search ends.
 * Half lets the synthetic weeks up to 300 agents converge within the default limit (their times:
 * README, "Tuning constants"; `npm run bench:roster` prints each phase).
 */
const COLUMNS_SHARE = 0.5;
/**
 * Share of the time limit by which the dive stops, leaving local search time to fill and polish its
 * roster: the 50-agent week's dive finishes within it at 10 s, while a dive stopped earlier leaves a
 * partial roster that local search does not repair as well (the runs: README, "Tuning constants";
 * `npm run bench:roster`).
 */
const DIVE_SHARE = 0.85;
/** Share of the time limit by which the integer master stops, when the dive found no roster. */
const INTEGER_SHARE = 0.75;
/** Share of agents taken off and re-rostered in one ruin-and-recreate move. */
const RUIN_SHARE = 0.12;
export interface FinalFacts {
  lowerBound: number | null;
  notes: string[];
  candidateSet: CandidateSet;
  isGapReached: boolean;
}

/**
 * Lagrangian bound plus local search, for named rosters too large for one MILP. The bound comes
 * only from Lagrangian values L(π) at evaluated prices (lagrangian-bound.ts, valid for any prices):
 * first at the duals of an agent-week master LP grown by column generation (column-generation.ts)
 * and at smoothed prices between them, later at subgradient steps from the best. The master LP
 * stays open in the solver between rounds (an LP session), so a round costs a warm re-solve. The
 * roster comes from best-response local search, then from diving on the master LP (fixing the weeks
 * it uses, re-pricing as it goes; again, more carefully, while the dive share of the time allows; the
 * integer master over the generated weeks when no dive finds a roster), each polished by local
 * search, then from ruin-and-recreate rounds alternating with price steps until the gap reaches the target or the time (wall clock, model building included) runs
 * out. The final roster is costed by the full rule set
 * (fixedRosterModel) with blended agents' time re-split by the solver, so the reported objective is
 * the objective of the full model for that roster, and the gap is honest.
 */
export async function solveByLagrangianSearch(
  prepared: PreparedProblem,
  candidateSet: CandidateSet,
  options: RosterSolveOptions,
  dependencies: RosterSolveDependencies,
  startedMs: number,
): Promise<RosterSolution> {
  const elapsedSeconds = () => (dependencies.clockMs() - startedMs) / 1000;
  const targetGap = options.relativeGap;
  const searchEndSeconds = options.timeLimitSeconds * (1 - FINAL_SHARE);
  const classes = agentClassesOf(prepared, candidateSet.candidates);
  const random = mulberry32(options.seed ?? 1);
  const search = new RosterSearch(classes);
  const agents = prepared.source.agents.map((_, index) => index);
  const isOutOfTime = (endSeconds = searchEndSeconds) =>
    elapsedSeconds() >= endSeconds || dependencies.signal?.aborted === true;
  const firstSearchEnd = options.timeLimitSeconds * FIRST_SEARCH_SHARE;
  while (!isOutOfTime(firstSearchEnd) && search.sweep(shuffled(agents, random)) > 0) await yieldToEventLoop();
  const bound = new LagrangianBound(classes);
  bound.seedFromCoverage(search.scheduled);
  const columns = new ColumnGeneration(classes, bound);
  let best = {
    objective: search.objective() + fairnessCostOf(classes, search.shiftsOfAgent),
    roster: search.snapshot(),
  };
  const bestBound = () => Math.max(bound.bestBound, columns.bestBound);
  const gapOf = () => relativeGapOf(best.objective, Number.isFinite(bestBound()) ? bestBound() : null);
  const report = (phase: string) =>
    dependencies.onProgress?.({
      phase,
      elapsedSeconds: elapsedSeconds(),
      incumbentObjective: best.objective,
      bestBound: boundOrNull(bestBound()),
      relativeGap: gapOf(),
    });
  const keepIfBetter = () => {
    const objective = search.objective() + fairnessCostOf(classes, search.shiftsOfAgent);
    if (objective < best.objective - 1e-7) best = { objective, roster: search.snapshot() };
    else search.restore(best.roster);
  };
  /** Rosters a whole roster from another phase, then lets every agent improve against the others. */
  const adopt = (roster: number[][], phase: string) => {
    search.restore(roster);
    // restore() splits blended time greedily in agent order; re-splitting against the others' cover recovers the LP's split.
    for (let pass = 0; pass < 3; pass += 1) search.resplit();
    while (!isOutOfTime() && search.sweep(agents) > 0) search.resplit();
    keepIfBetter();
    report(phase);
  };
  columns.addRoster(best.roster);
  const columnsEndSeconds = options.timeLimitSeconds * COLUMNS_SHARE;
  let dives = 0;
  try {
    while (!isOutOfTime(columnsEndSeconds) && (gapOf() ?? 1) > targetGap) {
      // No subgradient steps between rounds: each costs a pricing of every class, and without them
      // the bound converges sooner and tighter on every synthetic week (README, "Tuning constants").
      const added = await columns.iterate(
        dependencies.solver,
        Math.max(1, columnsEndSeconds - elapsedSeconds()),
        dependencies.signal,
      );
      report("column_generation");
      if (added === 0) break;
    }
    columns.seedSubgradient();
    // Dives until the dive share of the time is used, each more careful than the last and started
    // only when it is likely to finish (a careful dive takes about twice as long as the one before).
    const diveEndSeconds = options.timeLimitSeconds * DIVE_SHARE;
    let settings = FIRST_DIVE;
    let lastDiveSeconds = 0;
    while (
      !isOutOfTime(diveEndSeconds) &&
      (gapOf() ?? 1) > targetGap &&
      diveEndSeconds - elapsedSeconds() >= 2 * lastDiveSeconds
    ) {
      const diveStartSeconds = elapsedSeconds();
      const roster = await columns.dive(
        dependencies.solver,
        settings,
        () => diveEndSeconds - elapsedSeconds(),
        dependencies.signal,
      );
      if (!roster) break;
      dives += 1;
      adopt(roster, "dive");
      lastDiveSeconds = elapsedSeconds() - diveStartSeconds;
      settings = moreCareful(settings);
    }
  } finally {
    await columns.close();
  }
  const integerEndSeconds = options.timeLimitSeconds * INTEGER_SHARE;
  if (dives === 0 && !isOutOfTime(integerEndSeconds) && (gapOf() ?? 1) > targetGap) {
    const roster = await columns.solveInteger(
      dependencies.solver,
      integerEndSeconds - elapsedSeconds(),
      best.roster,
      dependencies.signal,
    );
    if (roster) adopt(roster, "integer_master");
  }
  let rounds = 0;
  while (!isOutOfTime() && (gapOf() ?? 1) > targetGap) {
    for (let step = 0; step < STEPS_PER_ROUND && !isOutOfTime(); step += 1) bound.step(search.objective());
    ruinAndRecreate(search, agents, random, isOutOfTime);
    keepIfBetter();
    rounds += 1;
    report("lagrangian");
    await yieldToEventLoop();
  }
  const notes = [
    `${candidateSet.candidates.length} candidate shifts in ${classes.spaces.length} agent classes; ${columns.iterations} column generation rounds, ${columns.columns.length} columns; ${dives === 0 ? "no dive" : `${dives} ${dives === 1 ? "dive" : "dives"}`}; ${rounds} local search rounds; ${bound.evaluations} Lagrangian evaluations`,
  ];
  const facts = {
    lowerBound: boundOrNull(bestBound()),
    notes,
    candidateSet,
    isGapReached: (gapOf() ?? 1) <= targetGap,
  };
  return costFinalRoster(classes, best.roster, facts, options, dependencies, elapsedSeconds);
}

function boundOrNull(bound: number): number | null {
  return Number.isFinite(bound) ? bound : null;
}

function solveFacts(facts: FinalFacts, dependencies: RosterSolveDependencies, solveSeconds: number): SolveFacts {
  const status = dependencies.signal?.aborted ? "interrupted" : facts.isGapReached ? "gap_reached" : "time_limit";
  return { status, method: "lagrangian_search", lowerBound: facts.lowerBound, solveSeconds, notes: facts.notes };
}

/** Takes a random share of the agents off the roster, re-rosters them one by one, then sweeps everyone. */
export function ruinAndRecreate(
  search: RosterSearch,
  agents: number[],
  random: () => number,
  isOutOfTime: () => boolean,
): void {
  const ruined = shuffled(agents, random).slice(0, Math.max(2, Math.round(agents.length * RUIN_SHARE)));
  for (const agent of ruined) search.clear(agent);
  search.sweep(ruined);
  while (!isOutOfTime() && search.sweep(shuffled(agents, random)) > 0) search.resplit();
}

export async function costFinalRoster(
  classes: AgentClasses,
  roster: number[][],
  facts: FinalFacts,
  options: RosterSolveOptions,
  dependencies: RosterSolveDependencies,
  elapsedSeconds: () => number,
): Promise<RosterSolution> {
  const { prepared, candidates } = classes;
  const shifts = roster.flatMap((list) => list.map((index) => candidates[index]));
  const kinds = [(shift: CandidateShift) => shift.isWeekend, (shift: CandidateShift) => shift.isNight];
  const absentIndices = kinds.flatMap((isCounted) =>
    participantsOf(classes, isCounted)
      .filter((agent) => !roster[agent].some((index) => isCounted(candidates[index])))
      .map((agent) => classes.agentCandidates[agent].find((index) => isCounted(candidates[index])) ?? -1),
  );
  const absent = [...new Set(absentIndices)].filter((index) => index >= 0).map((index) => candidates[index]);
  const final = fixedRosterModel(prepared, shifts, absent);
  final.rosterModel.prunedByRule = facts.candidateSet.prunedByRule;
  // Re-splitting needs a solver start (about 0.3 s) and a small LP; without a second to spare the greedy split stands.
  const secondsLeft = options.timeLimitSeconds - elapsedSeconds() - 0.5;
  const polished =
    secondsLeft >= 1
      ? await dependencies.solver.solve(
          final.rosterModel.model,
          { timeLimitSeconds: secondsLeft, relativeGap: 1e-6, startValues: final.values },
          { signal: dependencies.signal },
        )
      : null;
  const isPolished =
    polished?.values != null &&
    objectiveOf(final.rosterModel, polished.values) <= objectiveOf(final.rosterModel, final.values);
  return assembleSolution(
    final.rosterModel,
    isPolished && polished?.values ? polished.values : final.values,
    solveFacts(facts, dependencies, elapsedSeconds()),
    dependencies.estimateServiceLevel,
  );
}

export function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** Lets the event loop run (progress, abort) between rounds of synchronous search. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
