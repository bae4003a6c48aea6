import {
  relativeGapOf,
  type MilpSolver,
  type SolveHooks,
  type SolveProgress,
  type SolveResult,
  type SolveStatus,
} from "../roster/milp/solver-port";
import { buildShiftDesignModel, type BuildOptions, type ShiftDesignModel } from "./build-model";
import { decodeShifts, encodeShifts } from "./decode";
import { coverageOf, evaluateShiftDesign, type ShiftDesignObjective } from "./evaluate";
import type { DesignedShift, ShiftDesignProblem } from "./problem";
import { searchRestrictedDesigns } from "./restricted-search";

export interface ShiftDesignResult {
  shifts: DesignedShift[];
  objective: ShiftDesignObjective;
  /** Proven lower bound on objective.total, null when the solver proved none. */
  lowerBound: number | null;
  /** (total − lowerBound) / total as a fraction, 0 when both are 0. */
  relativeGap: number | null;
  status: SolveStatus;
  /** Seconds on the solver's clock over all solves; the heuristic's local searches (3–6 s) are not on it. */
  solveSeconds: number;
  /** Why the solver failed, for status "error". */
  message?: string;
  /** Largest solver memory of the full solves, when the solver reports it. */
  peakMemoryBytes?: number;
}

export interface ShiftDesignSolveOptions extends BuildOptions, SolveHooks {
  timeLimitSeconds: number;
  /** Stop once the relative gap is at most this fraction; 0 proves optimality. */
  relativeGap?: number;
  /** Share of the time limit for the primal heuristic (restricted-search.ts); 0 skips it. */
  heuristicShare?: number;
  /**
   * Milliseconds of a monotonic clock (the domain reads none): the full solve gets what is left of
   * the time limit by this clock, so model building and the heuristic's local searches count too.
   */
  clockMs: () => number;
}

/**
 * A share for a first plain solve (the 60-minute instances end there), a quarter for the heuristic,
 * which ends at or below the planted designs, and the rest for the warm-started full solve, whose
 * bound moves mostly once it has that incumbent: the split that gave the smallest gaps on the
 * bench's noisy 15-minute instances at 60 s (the shares tried: README, "Tuning constants").
 */
const DEFAULT_HEURISTIC_SHARE = 0.25;
const QUICK_ATTEMPT_SHARE = 0.05;
/**
 * Cuts (the transition cuts' strengthenings among them) kept twice HiGHS's default 10 rounds in the
 * warm-started full solve: it raised the bound of one bench instance and changed none of the others
 * (README, "Tuning constants").
 */
const FINAL_CUT_AGE_LIMIT = 20;
/** Seconds kept after the full solve's time limit: a worker start (about 0.3 s), HiGHS's own overrun and decoding. */
const FINAL_MARGIN_SECONDS = 1.5;

/**
 * Solves the full MILP briefly; if that does not finish, finds a good design with the heuristic
 * (restricted-search.ts) and solves the full MILP again warm-started from it for the rest of the
 * time limit. The full solves give the bound; the best design of all phases is reported.
 */
export async function solveShiftDesign(
  problem: ShiftDesignProblem,
  solver: MilpSolver,
  options: ShiftDesignSolveOptions,
): Promise<ShiftDesignResult> {
  const startedMs = options.clockMs();
  const built = buildShiftDesignModel(problem, options);
  const heuristicShare = options.heuristicShare ?? DEFAULT_HEURISTIC_SHARE;
  const limitSeconds = options.timeLimitSeconds;
  const relativeGap = options.relativeGap ?? 0;
  const hooks = { onProgress: options.onProgress, signal: options.signal };
  if (heuristicShare <= 0)
    return report(
      problem,
      built,
      [await solver.solve(built.model, { timeLimitSeconds: limitSeconds, relativeGap }, hooks)],
      [],
    );
  const quick = await solver.solve(
    built.model,
    { timeLimitSeconds: limitSeconds * QUICK_ATTEMPT_SHARE, relativeGap },
    hooks,
  );
  const quickDesign = quick.values ? decodeShifts(built, quick.values) : [];
  if (quick.status !== "time_limit") return report(problem, built, [quick], []);
  const heuristicHooks = { onProgress: progressAfter(quick.solveSeconds, options.onProgress), signal: options.signal };
  const heuristic = await searchRestrictedDesigns(
    problem,
    solver,
    built,
    limitSeconds * heuristicShare,
    heuristicHooks,
    quickDesign,
  );
  const spentSeconds = quick.solveSeconds + heuristic.seconds;
  const startValues = encodeShifts(
    built,
    problem.requirements,
    heuristic.shifts,
    coverageOf(problem, heuristic.shifts),
  );
  const elapsedSeconds = (options.clockMs() - startedMs) / 1000;
  const timeLimitSeconds = Math.max(
    limitSeconds - elapsedSeconds - FINAL_MARGIN_SECONDS,
    limitSeconds * QUICK_ATTEMPT_SHARE,
  );
  const finalHooks = { onProgress: progressAfter(spentSeconds, options.onProgress), signal: options.signal };
  const final = await solver.solve(
    built.model,
    { timeLimitSeconds, relativeGap, startValues, cutAgeLimit: FINAL_CUT_AGE_LIMIT },
    finalHooks,
  );
  const relaxation = heuristic.relaxationBound === null ? [] : [heuristic.relaxationBound];
  return report(problem, built, [quick, final], [heuristic.shifts], relaxation);
}

/** Progress of a later phase, with elapsed time counted from the start of the whole solve. */
function progressAfter(offsetSeconds: number, onProgress: SolveHooks["onProgress"]): SolveHooks["onProgress"] {
  return (
    onProgress &&
    ((progress: SolveProgress) => onProgress({ ...progress, elapsedSeconds: progress.elapsedSeconds + offsetSeconds }))
  );
}

/**
 * The best design among the solves' and the heuristic's, the best of their bounds, and the status
 * of the last solve (or "optimal" when the bound meets the design).
 */
function report(
  problem: ShiftDesignProblem,
  built: ShiftDesignModel,
  solves: SolveResult[],
  designs: DesignedShift[][],
  extraBounds: number[] = [],
): ShiftDesignResult {
  const candidates = [...solves.map((solve) => (solve.values ? decodeShifts(built, solve.values) : [])), ...designs];
  const shifts = candidates.reduce(
    (best, design) =>
      evaluateShiftDesign(problem, design).total < evaluateShiftDesign(problem, best).total ? design : best,
    [] as DesignedShift[],
  );
  const objective = evaluateShiftDesign(problem, shifts);
  const costs = built.model.variables.map((variable) => variable.cost);
  const bounds = [
    ...solves.map((solve) => solve.bestBound).filter((bound): bound is number => bound !== null),
    ...extraBounds,
  ];
  const lowerBound = bounds.length === 0 ? null : roundBoundUp(Math.max(...bounds), costs);
  const last = solves[solves.length - 1] as SolveResult;
  const peaks = solves.map((solve) => solve.peakMemoryBytes).filter((bytes): bytes is number => bytes !== undefined);
  return {
    shifts,
    objective,
    lowerBound: lowerBound === null ? null : Math.min(lowerBound, objective.total),
    relativeGap: relativeGapOf(objective.total, lowerBound),
    status: lowerBound !== null && lowerBound >= objective.total ? "optimal" : last.status,
    solveSeconds: solves.reduce((sum, solve) => sum + solve.solveSeconds, 0),
    ...(last.message === undefined ? {} : { message: last.message }),
    ...(peaks.length === 0 ? {} : { peakMemoryBytes: Math.max(...peaks) }),
  };
}

/**
 * When every cost is an integer multiple of g, every integer solution's objective is one too (the
 * continuous slacks take integer values at an optimum because r and x are integers), so a bound
 * can be rounded up to the next multiple: 479.9999 proves 480, and with 15-minute slots (costs 15
 * per person-slot, 60 per shift) 3158 proves 3165. Rounded with a 1e-6 tolerance for the solver's own.
 */
export function roundBoundUp(bound: number, costs: number[]): number {
  if (!costs.every(Number.isInteger)) return bound;
  const step = costs.reduce((divisor, cost) => greatestCommonDivisor(divisor, Math.abs(cost)), 0);
  return step === 0 ? Math.ceil(bound - 1e-6) : step * Math.ceil((bound - 1e-6) / step);
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
