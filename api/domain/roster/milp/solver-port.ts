/**
 * The port between roster models and MILP solvers. Models are built in the domain as plain data
 * (named variables and named rows, so a decoder can explain every unit of the objective); an adapter
 * in api/solvers turns them into solver calls. Only minimisation is supported.
 */

export interface MilpVariable {
  name: string;
  lower: number;
  /** Use Infinity for no upper bound. */
  upper: number;
  isInteger: boolean;
  /** Objective coefficient, in the model's objective units (e.g. agent-minutes). */
  cost: number;
}

export interface LinearTerm {
  /** Index into MilpModel.variables. */
  variable: number;
  coefficient: number;
}

export interface MilpRow {
  /** Stable, readable name such as `short_cover(queue=chat,t=2026-03-09T14:00Z)`. */
  name: string;
  terms: LinearTerm[];
  /** Use -Infinity / Infinity for a one-sided row. */
  lower: number;
  upper: number;
}

export interface MilpModel {
  variables: MilpVariable[];
  rows: MilpRow[];
  /** Constant added to the objective (e.g. cost that no decision can avoid). */
  objectiveOffset: number;
}

export interface SolveOptions {
  timeLimitSeconds: number;
  /** Stop when (objective − bound) / objective falls to this; 0.005–0.01 is far cheaper than 1e-4. */
  relativeGap: number;
  /**
   * Optional start solution, one value per variable (e.g. from a greedy heuristic). The solver
   * checks it and keeps it as the first incumbent when feasible; an infeasible start is ignored.
   */
  startValues?: number[];
  /**
   * LP algorithm for a model without integer variables (ignored for a MILP): "simplex" (the
   * default, HiGHS's choice) or "ipm" (interior point with crossover, so duals stay basic).
   */
  lpMethod?: "simplex" | "ipm";
  /**
   * Branch-and-cut rounds a cut may stay inactive in the node LPs before it is dropped (HiGHS
   * mip_lp_age_limit, 10 by default); longer keeps a stronger bound at the cost of slower nodes.
   */
  cutAgeLimit?: number;
}

export interface SolveProgress {
  elapsedSeconds: number;
  incumbentObjective: number | null;
  bestBound: number | null;
  relativeGap: number | null;
}

export type SolveStatus = "optimal" | "time_limit" | "interrupted" | "infeasible" | "unbounded" | "error";

export interface SolveResult {
  status: SolveStatus;
  /** Objective of the best solution found (offset included), null when none was found. */
  objective: number | null;
  /** A valid lower bound on the optimum (offset included), null when the solver proved none. */
  bestBound: number | null;
  /** (objective − bound) / objective, 0 when both are 0, null without both. */
  relativeGap: number | null;
  /** Value per variable index of the best solution, null when none was found. */
  values: number[] | null;
  solveSeconds: number;
  /** Solver-specific message for status "error". */
  message?: string;
  /** Largest memory the solver held during the solve (the WASM heap for HiGHS), when known. */
  peakMemoryBytes?: number;
  /**
   * For a model without integer variables solved to optimality: the dual value of each row, in
   * row order, as the change of the optimum per unit of the row's bound (so a column's reduced
   * cost is cost − Σ rowDual × coefficient). Absent for a MILP or without an optimal LP.
   */
  rowDuals?: number[];
}

export interface SolveHooks {
  /** Called when a better solution or bound is found, at most a few times a second. */
  onProgress?: (progress: SolveProgress) => void;
  /** Aborting stops the solve and returns the best solution found so far (status "interrupted"). */
  signal?: AbortSignal;
}

/** A column appended to an open LP: its cost, bounds and coefficients in existing rows. */
export interface LpColumn {
  cost: number;
  lower: number;
  upper: number;
  rows: number[];
  coefficients: number[];
}

export interface LpSessionResult {
  status: SolveStatus;
  /** Objective of the LP optimum (offset included), null unless status is "optimal". */
  objective: number | null;
  /** Value per variable (the model's, then the added columns in order), null unless optimal. */
  values: Float64Array | null;
  /** Row duals in row order (see SolveResult.rowDuals), null unless optimal. */
  rowDuals: Float64Array | null;
  solveSeconds: number;
}

/**
 * An LP kept open in the solver between solves, for column generation: columns are appended and
 * each solve starts from the previous optimal basis (a few simplex iterations instead of a solve
 * from scratch). Rows never change. Integer flags of the model are ignored: it is solved as an LP.
 */
export interface LpSession {
  /** Appends columns; their variable indices follow the model's variables and earlier added columns. */
  addColumns(columns: LpColumn[]): void;
  /** Changes variables' bounds (e.g. to fix a column while diving). */
  setBounds(changes: { variable: number; lower: number; upper: number }[]): void;
  /**
   * Re-solves from the last basis: by the primal simplex after columns were added (the basis stays
   * primal feasible), by the dual simplex after bounds changed (it stays dual feasible).
   */
  solve(timeLimitSeconds: number, simplex: "primal" | "dual", signal?: AbortSignal): Promise<LpSessionResult>;
  close(): Promise<void>;
}

export interface MilpSolver {
  solve(model: MilpModel, options: SolveOptions, hooks?: SolveHooks): Promise<SolveResult>;
  openLpSession(model: MilpModel): LpSession;
}

/** (objective − bound) / objective as the issue defines it; 0 when both are 0. */
export function relativeGapOf(objective: number | null, bound: number | null): number | null {
  if (objective === null || bound === null) return null;
  const absoluteGap = Math.max(0, objective - bound);
  if (absoluteGap === 0) return 0;
  return absoluteGap / Math.max(Math.abs(objective), 1e-9);
}
