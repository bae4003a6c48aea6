import type { Highs, Model } from "highs";
import type { SolveStatus } from "../../domain/roster/milp/solver-port";
import type { HighsModelArrays } from "./model-data";

/** A HiGHS model from the port's arrays (CSR rows), with logging off. The caller disposes it. */
export function createHighsModel(highs: Highs, arrays: HighsModelArrays): Model {
  const model = highs.createModel({
    numCols: arrays.numCols,
    numRows: arrays.numRows,
    offset: arrays.offset,
    colCost: arrays.colCost,
    colLower: arrays.colLower,
    colUpper: arrays.colUpper,
    rowLower: arrays.rowLower,
    rowUpper: arrays.rowUpper,
    integrality: arrays.integrality,
    matrix: {
      format: "csr",
      numRows: arrays.numRows,
      numCols: arrays.numCols,
      starts: arrays.starts,
      indices: arrays.indices,
      values: arrays.values,
    },
  });
  model.options.set({ output_flag: false, random_seed: 0 });
  return model;
}

/** The port's status for a HiGHS model status code. */
export function statusOf(codes: Highs["constants"]["modelStatus"], modelStatus: number): SolveStatus {
  switch (modelStatus) {
    case codes.optimal:
    case codes.empty:
      return "optimal";
    case codes.infeasible:
    case codes.unboundedOrInfeasible:
      return "infeasible";
    case codes.unbounded:
      return "unbounded";
    case codes.interrupted:
      return "interrupted";
    case codes.timeLimit:
    case codes.iterationLimit:
    case codes.solutionLimit:
    case codes.objectiveBound:
    case codes.objectiveTarget:
      return "time_limit";
    default:
      return "error";
  }
}
