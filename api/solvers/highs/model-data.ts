import type { MilpModel } from "../../domain/roster/milp/solver-port";

/**
 * The port's MilpModel as plain typed arrays in HiGHS's `ModelData` layout (CSR rows), cheap to
 * post to a worker thread and then pass unchanged to `highs.createModel()`.
 */
export interface HighsModelArrays {
  numCols: number;
  numRows: number;
  offset: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 = integer, 0 = continuous (HiGHS `variableType`). */
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** Throws RangeError naming the first row that refers to a missing variable or a non-finite coefficient. */
export function toHighsModelArrays(model: MilpModel): HighsModelArrays {
  const numCols = model.variables.length;
  const numRows = model.rows.length;
  const nonzeroCount = model.rows.reduce((sum, row) => sum + row.terms.length, 0);
  const arrays: HighsModelArrays = {
    numCols,
    numRows,
    offset: model.objectiveOffset,
    colCost: new Float64Array(numCols),
    colLower: new Float64Array(numCols),
    colUpper: new Float64Array(numCols),
    integrality: new Int32Array(numCols),
    rowLower: new Float64Array(numRows),
    rowUpper: new Float64Array(numRows),
    starts: new Int32Array(numRows + 1),
    indices: new Int32Array(nonzeroCount),
    values: new Float64Array(nonzeroCount),
  };
  model.variables.forEach((variable, col) => {
    arrays.colCost[col] = variable.cost;
    arrays.colLower[col] = variable.lower;
    arrays.colUpper[col] = variable.upper;
    arrays.integrality[col] = variable.isInteger ? 1 : 0;
  });
  let position = 0;
  model.rows.forEach((row, rowIndex) => {
    arrays.rowLower[rowIndex] = row.lower;
    arrays.rowUpper[rowIndex] = row.upper;
    arrays.starts[rowIndex] = position;
    for (const term of mergeDuplicateTerms(row.terms)) {
      if (!(term.variable >= 0 && term.variable < numCols) || !Number.isFinite(term.coefficient)) {
        throw new RangeError(
          `row ${row.name} has a bad term (variable ${term.variable}, coefficient ${term.coefficient})`,
        );
      }
      arrays.indices[position] = term.variable;
      arrays.values[position] = term.coefficient;
      position += 1;
    }
  });
  arrays.starts[numRows] = position;
  return { ...arrays, indices: arrays.indices.slice(0, position), values: arrays.values.slice(0, position) };
}

/** HiGHS rejects a row that names one column twice, so a builder's repeated terms are summed. */
function mergeDuplicateTerms(terms: MilpModel["rows"][number]["terms"]): MilpModel["rows"][number]["terms"] {
  const byVariable = new Map<number, number>();
  for (const term of terms) byVariable.set(term.variable, (byVariable.get(term.variable) ?? 0) + term.coefficient);
  return [...byVariable]
    .filter(([, coefficient]) => coefficient !== 0)
    .map(([variable, coefficient]) => ({ variable, coefficient }));
}
