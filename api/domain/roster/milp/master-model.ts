import { spaceShift, type AgentClasses } from "../model/agent-classes";
import { belowCostOf } from "../model/schedule-space";
import type { MilpModel, MilpRow, MilpVariable } from "./solver-port";

/**
 * The master problem of column generation for the named roster (Dantzig–Wolfe over agent weeks;
 * Desrosiers & Lübbecke 2005, "A primer in column generation", in Column Generation, Springer).
 * A column is one week of one agent class (local shift indices of its space) at its own cost
 * (avoided time plus below-contract minutes); λ(column) counts the class's agents working it.
 * Rows, in this order so a row dual's index is its key:
 *   cover(q,t)  Σ on-phone of single-queue classes + Σ_g split(g,q,t) + short − over = required
 *   split(g,t)  Σ on-phone of the blended group g's classes − Σ_q split(g,q,t) = 0
 *   agents(c)   Σ λ over class c's columns = its member count (the empty week is always a column)
 * A blended agent's time is attributed per interval by the split variables, as in the full model
 * and the Lagrangian bound; fairness is left out (never negative), so the LP over every schedule
 * of the relaxed per-agent rules is a relaxation of the roster problem.
 */
export interface MasterColumn {
  classIndex: number;
  /** Local shift indices into the class's space, in time order. */
  shifts: number[];
  cost: number;
  /** Whether the week passes every hard rule (the pricing search relaxes two of them). */
  isFeasible: boolean;
}

/** Where a column's rows are: each blended group's first split row (−1 for one queue) and the first agents row. */
export interface MasterLayout {
  splitRowOfGroup: number[];
  agentRowStart: number;
}

export interface MasterModel {
  model: MilpModel;
  /** How many columns there are: they are variables 0 … columnCount − 1, in pool order. */
  columnCount: number;
  splitRowStart: number;
  layout: MasterLayout;
}

/** Own cost of a week of a class: avoided time of its shifts plus each week's below-contract cost. */
export function columnCostOf(classes: AgentClasses, classIndex: number, shifts: number[]): number {
  const space = classes.spaces[classIndex];
  const weekUnits = new Float64Array(space.weekMaxShifts.length);
  let cost = 0;
  for (const local of shifts) {
    cost += space.ownCost[local];
    weekUnits[space.week[local]] += space.lengthUnits[local];
  }
  weekUnits.forEach((units, week) => (cost += belowCostOf(space, week, units)));
  return cost;
}

/**
 * Builds the master over `columns`: an LP when `isInteger` is false (its cover-row duals price new
 * columns), else the integer master whose λ are whole agents.
 */
export function buildMasterModel(classes: AgentClasses, columns: MasterColumn[], isInteger: boolean): MasterModel {
  const { prepared, groups, shortCost, overCost } = classes;
  const intervalCount = prepared.intervalCount;
  const queueCount = prepared.queueIds.length;
  const variables: MilpVariable[] = [];
  const rows: MilpRow[] = [];
  for (let queue = 0; queue < queueCount; queue += 1) {
    for (let t = 0; t < intervalCount; t += 1) {
      rows.push({
        name: `cover(q=${queue},t=${t})`,
        terms: [],
        lower: prepared.requiredAgents[queue][t],
        upper: prepared.requiredAgents[queue][t],
      });
    }
  }
  const splitRowStart = rows.length;
  const splitRowOfGroup = groups.map((group, groupIndex) => {
    if (group.queueIndices.length < 2) return -1;
    const start = rows.length;
    for (let t = 0; t < intervalCount; t += 1)
      rows.push({ name: `split(g=${groupIndex},t=${t})`, terms: [], lower: 0, upper: 0 });
    return start;
  });
  const agentRowStart = rows.length;
  classes.classMembers.forEach((members, classIndex) =>
    rows.push({ name: `agents(c=${classIndex})`, terms: [], lower: members.length, upper: members.length }),
  );
  const layout: MasterLayout = { splitRowOfGroup, agentRowStart };
  columns.forEach((column) => {
    const variable =
      variables.push({
        name: `week(c=${column.classIndex},${variables.length})`,
        lower: 0,
        upper: classes.classMembers[column.classIndex].length,
        isInteger,
        cost: column.cost,
      }) - 1;
    const entries = columnEntriesOf(classes, layout, column);
    entries.rows.forEach((row, k) => rows[row].terms.push({ variable, coefficient: entries.coefficients[k] }));
  });
  splitRowOfGroup.forEach((start, groupIndex) => {
    if (start < 0) return;
    for (const queue of groups[groupIndex].queueIndices) {
      for (let t = 0; t < intervalCount; t += 1) {
        const variable =
          variables.push({
            name: `split(g=${groupIndex},q=${queue},t=${t})`,
            lower: 0,
            upper: Infinity,
            isInteger: false,
            cost: 0,
          }) - 1;
        rows[start + t].terms.push({ variable, coefficient: -1 });
        rows[queue * intervalCount + t].terms.push({ variable, coefficient: 1 });
      }
    }
  });
  for (let queue = 0; queue < queueCount; queue += 1) {
    for (let t = 0; t < intervalCount; t += 1) {
      const required = prepared.requiredAgents[queue][t];
      const row = rows[queue * intervalCount + t];
      if (required > 0)
        row.terms.push({
          variable:
            variables.push({
              name: `short(q=${queue},t=${t})`,
              lower: 0,
              upper: required,
              isInteger: false,
              cost: shortCost[queue],
            }) - 1,
          coefficient: 1,
        });
      row.terms.push({
        variable:
          variables.push({
            name: `over(q=${queue},t=${t})`,
            lower: 0,
            upper: Infinity,
            isInteger: false,
            cost: overCost,
          }) - 1,
        coefficient: -1,
      });
    }
  }
  return { model: { variables, rows, objectiveOffset: 0 }, columnCount: columns.length, splitRowStart, layout };
}

/**
 * The master rows a column enters, with its coefficients: its class's agents row, then per
 * on-phone interval of its shifts the blended group's split row or the single queue's cover row.
 */
export function columnEntriesOf(
  classes: AgentClasses,
  layout: MasterLayout,
  column: MasterColumn,
): { rows: number[]; coefficients: number[] } {
  const { groups, prepared } = classes;
  const intervalCount = prepared.intervalCount;
  const space = classes.spaces[column.classIndex];
  const group = classes.groupOfAgent[classes.classMembers[column.classIndex][0]];
  const splitStart = layout.splitRowOfGroup[group];
  const rowOf = (t: number) => (splitStart >= 0 ? splitStart + t : groups[group].queueIndices[0] * intervalCount + t);
  const rows = [layout.agentRowStart + column.classIndex];
  const coefficients = [1];
  for (const local of column.shifts) {
    const shift = spaceShift(classes, space, local);
    shift.coverIntervals.forEach((t, k) => {
      rows.push(rowOf(t));
      coefficients.push(shift.coverFractions[k]);
    });
  }
  return { rows, coefficients };
}

/**
 * Complete values of the master for whole-agent column counts: each blended group's on-phone time
 * is split onto its most valuable queues first (the rest onto the last), then short and over close
 * each cover row. Used as the integer master's start.
 */
export function masterValuesOf(classes: AgentClasses, master: MasterModel, counts: number[]): number[] {
  const { model } = master;
  const activity = new Float64Array(model.rows.length);
  const values = new Array<number>(model.variables.length).fill(0);
  counts.forEach((count, variable) => (values[variable] = count));
  model.rows.forEach((row, rowIndex) => {
    for (const term of row.terms)
      if (term.variable < master.columnCount) activity[rowIndex] += term.coefficient * values[term.variable];
  });
  const intervalCount = classes.prepared.intervalCount;
  const indexByName = new Map<string, number>();
  model.variables.forEach((variable, index) => indexByName.set(variable.name, index));
  const variableNamed = (name: string): number => {
    const index = indexByName.get(name);
    if (index === undefined) throw new RangeError(`the master has no variable ${name}`);
    return index;
  };
  let splitRow = master.splitRowStart;
  classes.groups.forEach((group, groupIndex) => {
    if (group.queueIndices.length < 2) return;
    for (let t = 0; t < intervalCount; t += 1, splitRow += 1) {
      let remaining = activity[splitRow];
      const queues = classes.groupQueuesByValue[groupIndex];
      for (const queue of queues) {
        const coverRow = queue * intervalCount + t;
        const open = Math.max(0, model.rows[coverRow].lower - activity[coverRow]);
        const take = queue === queues[queues.length - 1] ? remaining : Math.min(remaining, open);
        if (take <= 0) continue;
        values[variableNamed(`split(g=${groupIndex},q=${queue},t=${t})`)] = take;
        activity[coverRow] += take;
        remaining -= take;
      }
    }
  });
  for (let queue = 0; queue < classes.prepared.queueIds.length; queue += 1) {
    for (let t = 0; t < intervalCount; t += 1) {
      const gap = model.rows[queue * intervalCount + t].lower - activity[queue * intervalCount + t];
      if (gap > 0) values[variableNamed(`short(q=${queue},t=${t})`)] = gap;
      else if (gap < 0) values[variableNamed(`over(q=${queue},t=${t})`)] = -gap;
    }
  }
  return values;
}
