import type { LinearTerm, MilpModel, MilpVariable } from "./solver-port";

/** Families of rules; each adds its own named rows (or, for filters, removes candidate shifts). */
export type RuleFamily =
  | "coverage"
  | "skills"
  | "rest"
  | "weekly_rest"
  | "contract_hours"
  | "consecutive_days"
  | "fairness"
  | "preferences"
  | "availability"
  | "time_off";

/** Soft rules: each objective unit is charged to one of these. */
export type PenaltyRule =
  "short_cover" | "over_cover" | "below_contract" | "weekend_spread" | "night_spread" | "avoided_time";

/** The real unit a penalty is counted in, before its weight. */
export const PENALTY_UNITS: Record<PenaltyRule, string> = {
  short_cover: "agent-minutes",
  over_cover: "agent-minutes",
  below_contract: "minutes",
  weekend_spread: "shifts",
  night_spread: "shifts",
  avoided_time: "minutes",
};

export interface VariablePenalty {
  rule: PenaltyRule;
  /** Real units (PENALTY_UNITS) per unit of the variable, e.g. intervalMinutes for an agents-short variable. */
  quantityPerUnit: number;
}

/**
 * Collects a MILP as plain data while remembering which rule family added each row and which
 * penalty each objective coefficient stands for, so the decoder can explain the objective.
 */
export class ModelBuilder {
  readonly variables: MilpVariable[] = [];
  readonly variablePenalties: (VariablePenalty | null)[] = [];
  readonly rows: MilpModel["rows"] = [];
  readonly rowFamilies: RuleFamily[] = [];
  objectiveOffset = 0;

  addVariable(variable: MilpVariable, penalty: VariablePenalty | null = null): number {
    this.variables.push(variable);
    this.variablePenalties.push(penalty);
    return this.variables.length - 1;
  }

  /** Gives an existing variable an objective coefficient charged to a penalty rule. */
  chargeVariable(index: number, cost: number, penalty: VariablePenalty): void {
    this.variables[index].cost = cost;
    this.variablePenalties[index] = penalty;
  }

  addRow(family: RuleFamily, name: string, terms: LinearTerm[], lower: number, upper: number): void {
    this.rows.push({ name, terms, lower, upper });
    this.rowFamilies.push(family);
  }

  rowCountByFamily(): Partial<Record<RuleFamily, number>> {
    const counts: Partial<Record<RuleFamily, number>> = {};
    for (const family of this.rowFamilies) counts[family] = (counts[family] ?? 0) + 1;
    return counts;
  }

  toModel(): MilpModel {
    return { variables: this.variables, rows: this.rows, objectiveOffset: this.objectiveOffset };
  }
}
