import type { MilpModel } from "../../domain/roster/milp/solver-port";

/**
 * HiGHS compiled to 32-bit WASM cannot grow its heap past 2 GiB; when it tries, the worker aborts
 * with no solution at all. Measured on this project's models, a MILP solve holds roughly 1–2 KB per
 * nonzero (presolve copies, LP factorisation, cut and conflict pools), so a model is refused up
 * front when its estimate passes the budget rather than failing minutes into the solve.
 */
export const WASM_HEAP_LIMIT_BYTES = 2 * 1024 ** 3;
export const DEFAULT_MEMORY_BUDGET_BYTES = 1.6 * 1024 ** 3;
const BYTES_PER_NONZERO = 1536;
const BYTES_PER_COLUMN_OR_ROW = 512;
const RUNTIME_BASE_BYTES = 32 * 1024 ** 2;

export function estimateSolverBytes(model: MilpModel): number {
  const nonzeroCount = model.rows.reduce((sum, row) => sum + row.terms.length, 0);
  const dimensionCount = model.variables.length + model.rows.length;
  return RUNTIME_BASE_BYTES + nonzeroCount * BYTES_PER_NONZERO + dimensionCount * BYTES_PER_COLUMN_OR_ROW;
}

/** A readable refusal, or null when the model fits the budget. */
export function explainMemoryRefusal(model: MilpModel, budgetBytes: number): string | null {
  const estimateBytes = estimateSolverBytes(model);
  if (estimateBytes <= budgetBytes) return null;
  const mebibytes = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MiB`;
  return (
    `model too large for the HiGHS WASM heap: about ${mebibytes(estimateBytes)} estimated for ` +
    `${model.variables.length} variables and ${model.rows.length} rows, budget ${mebibytes(budgetBytes)} ` +
    `(hard limit ${mebibytes(WASM_HEAP_LIMIT_BYTES)}); decompose the problem or shorten the horizon`
  );
}
