import { relativeGapOf, type MilpModel, type MilpSolver, type SolveHooks } from "../roster/milp/solver-port";
import { buildShiftDesignModel, type ShiftDesignModel } from "./build-model";
import { decodeShifts, encodeShifts } from "./decode";
import { coverageOf, evaluateShiftDesign } from "./evaluate";
import { improveDesignLocally, nearbyCandidates } from "./local-search";
import type { CandidateShift, DesignedShift, ShiftDesignProblem } from "./problem";

export interface RestrictedSearchResult {
  /** Best design found, empty when no phase found one. */
  shifts: DesignedShift[];
  total: number;
  /** Optimum of the full model's LP relaxation: a valid lower bound, null if the LP was not solved. */
  relaxationBound: number | null;
  /** Seconds the solves took, by the solver's own clock. */
  seconds: number;
}

/** LP support above this seeds the first restricted MILP: a small restricted set of the shifts the LP uses (README, "Tuning constants"). */
const SEED_USE_THRESHOLD = 0.1;
/**
 * Most of the budget the LP may take (it takes several times longer on a busy machine; README,
 * "Tuning constants"), and the share of what it leaves for the first restricted MILP; the
 * neighbourhood MILP gets the rest.
 */
const LP_SHARE = 0.5;
const SEED_SHARE = 0.5;
/**
 * Iterated local search after the LP and after the first MILP, which reaches shifts outside the
 * restricted sets: enough rounds to take both starts most of the way in a second or two (README,
 * "Tuning constants").
 */
const POLISH_ROUNDS = 60;
const POLISH_SEED = 1;
/**
 * A last, longer polish of the best design with another seed, after the neighbourhood MILP: the
 * better incumbent lets the full solve that starts from it prove a smaller gap (README, "Tuning constants").
 */
const FINAL_POLISH_ROUNDS = 150;
const FINAL_POLISH_SEED = 2;
/**
 * How far (in slots, start and end each) the neighbourhood MILP may move the best design's shifts:
 * 2 found a design the full solve then proved optimal where 1 left a gap (README, "Tuning constants").
 */
const NEIGHBOURHOOD_SLOTS = 2;
/** A restricted optimum is only a means to a good design: proving the last percent is the full solve's job. */
const RESTRICTED_RELATIVE_GAP = 0.01;

/**
 * A primal heuristic through the same solver (relaxation-induced neighbourhoods, after Danna,
 * Rothberg & Le Pape 2005, "Exploring relaxation induced neighborhoods to improve MIP solutions"):
 * 1. solve the LP relaxation of the full model;
 * 2. round its workers to integers and polish that design by iterated local search
 *    (local-search.ts): a fair design whatever the machine's speed, as it needs no time limit;
 * 3. solve the MILP over the shifts the LP uses by at least SEED_USE_THRESHOLD and polish its
 *    design the same way (when the machine is busy this may find nothing, and step 2 stands);
 * 4. solve the MILP over the best design's shifts, every shift up to two slots from them (start and end)
 *    and every shift in the LP's support, warm-started from it, and polish the best design again.
 * The result is the best of these and `incumbent` (e.g. a first solve's design). Every design of a
 * restricted model is a design of the full problem, so the result is an upper bound; the restricted solves' own bounds are not bounds of the full problem and are dropped.
 */
export async function searchRestrictedDesigns(
  problem: ShiftDesignProblem,
  solver: MilpSolver,
  full: ShiftDesignModel,
  budgetSeconds: number,
  hooks: SolveHooks,
  incumbent: DesignedShift[] = [],
): Promise<RestrictedSearchResult> {
  let seconds = 0;
  let best: { shifts: DesignedShift[]; total: number } = {
    shifts: incumbent,
    total: evaluateShiftDesign(problem, incumbent).total,
  };
  const relaxation = await solver.solve(
    relaxIntegers(full.model),
    { timeLimitSeconds: budgetSeconds * LP_SHARE, relativeGap: 0 },
    { signal: hooks.signal },
  );
  seconds += relaxation.solveSeconds;
  const relaxationBound = relaxation.status === "optimal" ? relaxation.objective : null;
  const uses = relaxation.values ? full.uses.map((variable) => relaxation.values?.[variable] ?? 0) : null;
  const report = (): void =>
    hooks.onProgress?.({
      elapsedSeconds: seconds,
      incumbentObjective: best.total,
      bestBound: relaxationBound,
      relativeGap: relativeGapOf(best.total, relaxationBound),
    });
  const solveOver = async (
    candidates: CandidateShift[],
    timeLimitSeconds: number,
    start: DesignedShift[],
  ): Promise<DesignedShift[]> => {
    // A restriction to every shift is the full model, which the caller solves anyway.
    if (
      candidates.length === 0 ||
      candidates.length === full.candidates.length ||
      timeLimitSeconds <= 0 ||
      hooks.signal?.aborted
    )
      return [];
    const restricted = buildShiftDesignModel(problem, { candidates });
    const startValues =
      start.length > 0 ? encodeShifts(restricted, problem.requirements, start, coverageOf(problem, start)) : undefined;
    const result = await solver.solve(
      restricted.model,
      { timeLimitSeconds, relativeGap: RESTRICTED_RELATIVE_GAP, ...(startValues ? { startValues } : {}) },
      { signal: hooks.signal },
    );
    seconds += result.solveSeconds;
    const shifts = result.values ? decodeShifts(restricted, result.values) : [];
    const total = evaluateShiftDesign(problem, shifts).total;
    if (total < best.total) best = { shifts, total };
    report();
    return shifts;
  };
  const polish = (start: DesignedShift[], seed = POLISH_SEED, rounds = POLISH_ROUNDS): void => {
    if (hooks.signal?.aborted) return;
    const polished = improveDesignLocally(problem, { seed, rounds, start, candidates: full.candidates });
    const total = evaluateShiftDesign(problem, polished).total;
    if (total < best.total) best = { shifts: polished, total };
    report();
  };
  if (uses === null || relaxation.values === null) return { ...best, relaxationBound, seconds };
  polish(decodeShifts(full, relaxation.values.map(Math.round)));
  const seeded = full.candidates.filter((_, index) => (uses[index] ?? 0) >= SEED_USE_THRESHOLD);
  polish(await solveOver(seeded, (budgetSeconds - seconds) * SEED_SHARE, []));
  await solveOver(neighbourhoodOf(full.candidates, best.shifts, uses), budgetSeconds - seconds, best.shifts);
  polish(best.shifts, FINAL_POLISH_SEED, FINAL_POLISH_ROUNDS);
  return { ...best, relaxationBound, seconds };
}

function relaxIntegers(model: MilpModel): MilpModel {
  return { ...model, variables: model.variables.map((variable) => ({ ...variable, isInteger: false })) };
}

/** The design's shifts, the shifts NEIGHBOURHOOD_SLOTS from them, and every shift the LP uses at all. */
function neighbourhoodOf(candidates: CandidateShift[], design: DesignedShift[], uses: number[]): CandidateShift[] {
  const near = nearbyCandidates(candidates, NEIGHBOURHOOD_SLOTS);
  const inDesign = new Set(design.map(keyOf));
  const kept = new Set<number>();
  candidates.forEach((shift, index) => {
    if ((uses[index] ?? 0) > 1e-6) kept.add(index);
    if (!inDesign.has(keyOf(shift))) return;
    kept.add(index);
    for (const neighbour of near[index] ?? []) kept.add(neighbour);
  });
  return [...kept].sort((a, b) => a - b).map((index) => candidates[index] as CandidateShift);
}

function keyOf(shift: CandidateShift): string {
  return `${shift.startSlot}/${shift.lengthSlots}`;
}
