import type { LinearTerm, MilpModel, MilpVariable } from "../roster/milp/solver-port";

/** Appends named variables and rows to a MilpModel and hands back their indices. */
export class ModelBuilder {
  private readonly variables: MilpVariable[] = [];
  private readonly rows: MilpModel["rows"] = [];

  addVariable(variable: MilpVariable): number {
    return this.variables.push(variable) - 1;
  }

  addRow(name: string, terms: LinearTerm[], lower: number, upper: number): number {
    return this.rows.push({ name, terms, lower, upper }) - 1;
  }

  build(objectiveOffset = 0): MilpModel {
    return { variables: this.variables, rows: this.rows, objectiveOffset };
  }
}
