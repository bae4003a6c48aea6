import type { AgentClasses } from "../model/agent-classes";
import { keepsEveryHardRule } from "../rules/hard-rule-check";
import type { LagrangianBound } from "./lagrangian-bound";
import type { ScheduleChoice } from "./schedule-search";
import {
  buildMasterModel,
  columnCostOf,
  columnEntriesOf,
  masterValuesOf,
  type MasterColumn,
  type MasterModel,
} from "../milp/master-model";
import type { LpSession, MilpSolver } from "../milp/solver-port";

/**
 * How carefully a dive fixes: the share of the still-free agents whose most used fractional weeks
 * are fixed in one step, and the pricing rounds between two fixings (re-pricing to convergence at
 * every step took 15 s for 50 agents).
 */
export interface DiveSettings {
  fixShare: number;
  pricingRounds: number;
}

/**
 * The first dive: the fixing share and pricing rounds that gave the best 50-agent week of the
 * settings tried in a dive of a few seconds; a finer dive did better only in about twice the time,
 * which moreCareful spends when time is left (the runs: README, "Tuning constants").
 */
export const FIRST_DIVE: DiveSettings = { fixShare: 0.1, pricingRounds: 1 };

/** The next dive when time is left: half the fixing share and one more pricing round. */
export function moreCareful(settings: DiveSettings): DiveSettings {
  return { fixShare: settings.fixShare / 2, pricingRounds: settings.pricingRounds + 1 };
}
/** Weights of the best prices so far in the smoothed prices priced after each LP (0 = the LP's duals). */
const SMOOTHING_WEIGHTS = [0.5, 0.8];

function mix(best: Float64Array, current: Float64Array, weight: number): Float64Array {
  return Float64Array.from(current, (value, index) => weight * best[index] + (1 - weight) * value);
}

/**
 * Column generation on the master of master-model.ts: solve its LP over the columns found so far,
 * price every class at the LP's duals with the exact schedule search (LagrangianBound.evaluateAt),
 * add each week whose reduced cost is negative, repeat. The bound reported is never the master's
 * LP value (valid only once pricing proves no negative reduced cost): it is L(π, μ) at the duals,
 * clipped into the prices' box and with μ raised to the best queue price, a Lagrangian value and
 * so valid at every iteration (the Lagrangian bound of Geoffrion 1974; at the LP optimum it equals
 * the LP bound, before it it is the Farley-type bound of Desrosiers & Lübbecke 2005, §2.1).
 * The pool of feasible weeks then gives whole rosters through the integer master.
 */
export class ColumnGeneration {
  readonly columns: MasterColumn[] = [];
  bestBound = -Infinity;
  iterations = 0;
  private readonly keys = new Set<string>();
  /** The prices (per queue, per group) of the best bound so far. */
  private best: { prices: Float64Array; groupPrices: Float64Array[] } | null = null;
  /** The master LP kept open in the solver, and how many pool columns it holds. */
  private session: { lp: LpSession; master: MasterModel; columnCount: number; firstAddedVariable: number } | null =
    null;
  /** Whether a dive has fixed weeks in the open master (its exclusion of infeasible weeks may stay). */
  private hasFixings = false;

  constructor(
    private readonly classes: AgentClasses,
    private readonly bound: LagrangianBound,
  ) {
    classes.spaces.forEach((_, classIndex) => this.addWeek(classIndex, []));
  }

  /** Adds a week (local shift indices) of a class unless the pool has it; returns whether it was new. */
  addWeek(classIndex: number, shifts: number[]): boolean {
    const key = `${classIndex}:${shifts.join(",")}`;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const agent = this.classes.classMembers[classIndex][0];
    const isFeasible = keepsEveryHardRule(
      this.classes.prepared,
      shifts.map((local) => this.classes.candidates[this.classes.agentCandidates[agent][local]]),
    );
    this.columns.push({ classIndex, shifts, cost: columnCostOf(this.classes, classIndex, shifts), isFeasible });
    return true;
  }

  /** Adds every agent's week of a roster (candidate indices per agent). */
  addRoster(roster: number[][]): void {
    roster.forEach((shifts, agent) =>
      this.addWeek(this.classes.classOfAgent[agent], this.localShiftsOf(agent, shifts)),
    );
  }

  /**
   * One round: the master LP, then pricing at its duals and at smoothed prices. Returns how many
   * columns were added: 0 when the LP could not be solved in time, or when no priced week is new
   * (reduced costs are taken at the clipped prices, so 0 is a reason to stop, not a proof of LP optimality).
   */
  async iterate(solver: MilpSolver, timeLimitSeconds: number, signal?: AbortSignal): Promise<number> {
    const master = this.syncMaster(solver);
    const result = await this.session!.lp.solve(timeLimitSeconds, "primal", signal);
    const duals = result.rowDuals;
    if (!duals) return 0;
    this.iterations += 1;
    const { prices, groupPrices } = this.pricesOf(duals, master);
    let added = this.priceAt(duals, master, () => true);
    // Dual smoothing (Wentges 1997, "Weighted Dantzig–Wolfe decomposition for linear mixed-integer
    // programming", ITOR 4(2)): also price between the best prices so far and the LP's duals. A convex
    // combination keeps μ ≥ best queue price and the box, so each of these is a valid bound too.
    const anchor = this.anchor();
    for (const weight of SMOOTHING_WEIGHTS) {
      if (!anchor) break;
      const mixed = mix(anchor.prices, prices, weight);
      const mixedGroups = anchor.groupPrices.map((best, group) => mix(best, groupPrices[group], weight));
      added += this.addChoices(this.evaluate(mixed, mixedGroups).choices);
    }
    return added;
  }

  /**
   * Prices from the master's duals: cover-row duals clipped into the Lagrangian box, and per blended
   * group the higher of its best queue price and its split-row dual.
   */
  private pricesOf(duals: Float64Array, master: MasterModel): { prices: Float64Array; groupPrices: Float64Array[] } {
    const { bound } = this;
    const prices = Float64Array.from(bound.prices, (_, key) =>
      Math.min(bound.upperPrice[key], Math.max(bound.lowerPrice[key], duals[key])),
    );
    const intervalCount = this.classes.prepared.intervalCount;
    let splitRow = master.splitRowStart;
    const groupPrices = bound.bestQueuePrices(prices).map((best, group) => {
      if (this.classes.groups[group].queueIndices.length < 2) return best;
      const raised = Float64Array.from(best, (price, t) => Math.max(price, duals[splitRow + t]));
      splitRow += intervalCount;
      return raised;
    });
    return { prices, groupPrices };
  }

  /** The open master LP with every pool column in it: opened on the first round, then grown by the new columns. */
  private syncMaster(solver: MilpSolver): MasterModel {
    if (!this.session) {
      const master = buildMasterModel(this.classes, this.columns, false);
      this.session = {
        lp: solver.openLpSession(master.model),
        master,
        columnCount: this.columns.length,
        firstAddedVariable: master.model.variables.length,
      };
      return master;
    }
    const { master } = this.session;
    const added = this.columns.slice(this.session.columnCount).map((column) => ({
      cost: column.cost,
      lower: 0,
      upper: this.classes.classMembers[column.classIndex].length,
      ...columnEntriesOf(this.classes, master.layout, column),
    }));
    this.session.lp.addColumns(added);
    this.session.columnCount = this.columns.length;
    return master;
  }

  /** The session's variable index of pool column `index` (the first columns are the master's; later ones follow its other variables). */
  private variableOf(index: number): number {
    const session = this.session!;
    return index < session.master.columnCount
      ? index
      : session.firstAddedVariable + (index - session.master.columnCount);
  }

  /**
   * A roster by diving (Joncour, Michel, Sadykov, Sverdlov & Vanderbeck 2010, "Column generation based
   * primal heuristics", ENDM 36): solve the master LP, price new weeks at its duals, then fix the
   * weeks the LP already gives whole agents (value ≥ 0.9 above what is fixed) and, when none, the most
   * used fractional week; repeat until every agent has a week. Weeks that break a hard rule the
   * pricing relaxes are kept out. Each step re-solves from the last basis; a later dive first frees
   * what an earlier one fixed. Returns the roster
   * (candidate indices per agent) of the agents fixed by then: all of them, or fewer when time ran
   * out or the LP failed (the others get empty weeks for the local search to fill); null when none were fixed.
   */
  async dive(
    solver: MilpSolver,
    settings: DiveSettings,
    secondsLeft: () => number,
    signal?: AbortSignal,
  ): Promise<number[][] | null> {
    const { classes } = this;
    this.releaseFixings(solver);
    const lowerOf = new Map<number, number>();
    const fixedOfClass = classes.classMembers.map(() => 0);
    let excluded = 0;
    const excludeInfeasible = () => {
      const changes: { variable: number; lower: number; upper: number }[] = [];
      for (; excluded < this.columns.length; excluded += 1) {
        if (!this.columns[excluded].isFeasible)
          changes.push({ variable: this.variableOf(excluded), lower: 0, upper: 0 });
      }
      this.session!.lp.setBounds(changes);
    };
    let remaining = classes.classMembers.reduce((sum, members) => sum + members.length, 0);
    let pricingRounds = 0;
    while (remaining > 0 && secondsLeft() > 0 && !signal?.aborted) {
      const master = this.syncMaster(solver);
      excludeInfeasible();
      const result = await this.session!.lp.solve(
        Math.max(0.5, secondsLeft()),
        pricingRounds > 0 ? "primal" : "dual",
        signal,
      );
      if (!result.values || !result.rowDuals) break;
      const isOpen = (classIndex: number) => fixedOfClass[classIndex] < classes.classMembers[classIndex].length;
      if (pricingRounds < settings.pricingRounds && this.priceAt(result.rowDuals, master, isOpen) > 0) {
        pricingRounds += 1;
        continue;
      }
      pricingRounds = 0;
      const values = result.values;
      const slack = this.columns.map((column, index) =>
        fixedOfClass[column.classIndex] >= classes.classMembers[column.classIndex].length
          ? 0
          : values[this.variableOf(index)] - (lowerOf.get(index) ?? 0),
      );
      // Weeks the LP already gives whole agents, then the most used fractional ones: a share of the
      // agents still free per step keeps the number of LP solves logarithmic in the agents instead of linear.
      const whole = slack.flatMap((value, index) => (value >= 0.9 ? [index] : []));
      const fractional = slack
        .flatMap((value, index) => (value > 1e-6 && value < 0.9 ? [index] : []))
        .sort((a, b) => slack[b] - slack[a])
        .slice(0, Math.ceil(remaining * settings.fixShare));
      const chosen = [...whole, ...fractional];
      if (chosen.length === 0) break;
      const changes = chosen.flatMap((index) => {
        const column = this.columns[index];
        const room = classes.classMembers[column.classIndex].length - fixedOfClass[column.classIndex];
        const add = Math.min(room, Math.max(1, Math.floor(slack[index] + 0.1)));
        if (add <= 0) return [];
        fixedOfClass[column.classIndex] += add;
        remaining -= add;
        const lower = (lowerOf.get(index) ?? 0) + add;
        lowerOf.set(index, lower);
        return [{ variable: this.variableOf(index), lower, upper: classes.classMembers[column.classIndex].length }];
      });
      this.session!.lp.setBounds(changes);
      this.hasFixings = true;
    }
    return lowerOf.size === 0 ? null : this.rosterOf(lowerOf);
  }

  /** Gives every feasible pool column of the open master its full range again, after a dive fixed some. */
  private releaseFixings(solver: MilpSolver): void {
    if (!this.hasFixings) return;
    this.syncMaster(solver);
    const full = (column: MasterColumn, index: number) => ({
      variable: this.variableOf(index),
      lower: 0,
      upper: this.classes.classMembers[column.classIndex].length,
    });
    this.session!.lp.setBounds(
      this.columns.flatMap((column, index) => (column.isFeasible ? [full(column, index)] : [])),
    );
    this.hasFixings = false;
  }

  /** Prices every class at the master's duals and adds the open classes' weeks of negative reduced cost; returns how many were added. */
  private priceAt(duals: Float64Array, master: MasterModel, isOpen: (classIndex: number) => boolean): number {
    const { prices, groupPrices } = this.pricesOf(duals, master);
    const evaluation = this.evaluate(prices, groupPrices);
    let added = 0;
    evaluation.choices.forEach((choice, classIndex) => {
      if (!isOpen(classIndex)) return;
      const reducedCost = this.reducedCostOf(
        classIndex,
        choice.shifts,
        groupPrices,
        duals[master.layout.agentRowStart + classIndex],
      );
      if (reducedCost < -1e-6 && this.addWeek(classIndex, choice.shifts)) added += 1;
    });
    return added;
  }

  /** Ends the master LP's session (frees the solver's memory). */
  async close(): Promise<void> {
    await this.session?.lp.close();
    this.session = null;
  }

  /** Moves the subgradient search to the best prices found here, when they beat its own, so its steps start from there. */
  seedSubgradient(): void {
    if (this.best && this.bestBound > this.bound.bestBound) this.bound.prices.set(this.best.prices);
  }

  /** The best prices so far, the subgradient search's included (its group prices are its best queue prices). */
  private anchor(): { prices: Float64Array; groupPrices: Float64Array[] } | null {
    const { bound } = this;
    if (bound.bestBound > this.bestBound)
      return { prices: bound.bestPrices, groupPrices: bound.bestQueuePrices(bound.bestPrices) };
    return this.best;
  }

  /** Adds each class's week from a Lagrangian evaluation; returns how many were new. */
  addChoices(choices: ScheduleChoice[]): number {
    let added = 0;
    choices.forEach((choice, classIndex) => (added += this.addWeek(classIndex, choice.shifts) ? 1 : 0));
    return added;
  }

  /** A valid bound L(π, μ) (see LagrangianBound.evaluateAt), remembered when it is the best. */
  private evaluate(prices: Float64Array, groupPrices: Float64Array[]): { choices: ScheduleChoice[] } {
    const evaluation = this.bound.evaluateAt(prices, groupPrices);
    if (evaluation.bound > this.bestBound) {
      this.bestBound = evaluation.bound;
      this.best = { prices, groupPrices };
    }
    return evaluation;
  }

  /**
   * The integer master over the pool's feasible weeks, started from `start` (a roster whose weeks
   * are all feasible). Returns the roster it found (candidate indices per agent), or null.
   */
  async solveInteger(
    solver: MilpSolver,
    timeLimitSeconds: number,
    start: number[][],
    signal?: AbortSignal,
  ): Promise<number[][] | null> {
    this.addRoster(start);
    const indexByKey = new Map(
      this.columns.map((column, index) => [`${column.classIndex}:${column.shifts.join(",")}`, index]),
    );
    const startCounts = new Map<number, number>();
    start.forEach((shifts, agent) => {
      const index = indexByKey.get(
        `${this.classes.classOfAgent[agent]}:${this.localShiftsOf(agent, shifts).join(",")}`,
      )!;
      startCounts.set(index, (startCounts.get(index) ?? 0) + 1);
    });
    const counts = await this.solveMaster(solver, timeLimitSeconds, startCounts, signal);
    return counts && this.rosterOf(counts);
  }

  /** The integer master over the pool's feasible weeks, started from `startCounts` (pool index → agents). Returns agents per pool column, or null. */
  private async solveMaster(
    solver: MilpSolver,
    timeLimitSeconds: number,
    startCounts: Map<number, number>,
    signal?: AbortSignal,
  ): Promise<Map<number, number> | null> {
    const feasible = this.columns.flatMap((column, index) => (column.isFeasible ? [index] : []));
    const master = buildMasterModel(
      this.classes,
      feasible.map((index) => this.columns[index]),
      true,
    );
    const startValues = masterValuesOf(
      this.classes,
      master,
      feasible.map((index) => startCounts.get(index) ?? 0),
    );
    const result = await solver.solve(master.model, { timeLimitSeconds, relativeGap: 1e-4, startValues }, { signal });
    if (!result.values) return null;
    const counts = new Map<number, number>();
    feasible.forEach((index, variable) => {
      const count = Math.round(result.values![variable]);
      if (count > 0) counts.set(index, count);
    });
    return counts;
  }

  /** The roster of agents per pool column: each class's members take its columns' weeks in member order. */
  private rosterOf(counts: Map<number, number>): number[][] {
    const { classes } = this;
    const roster: number[][] = classes.prepared.source.agents.map(() => []);
    const nextMember = classes.classMembers.map(() => 0);
    for (const [index, count] of counts) {
      const column = this.columns[index];
      const members = classes.classMembers[column.classIndex];
      for (let k = 0; k < count && nextMember[column.classIndex] < members.length; k += 1) {
        const agent = members[nextMember[column.classIndex]++];
        roster[agent] = column.shifts.map((local) => classes.agentCandidates[agent][local]);
      }
    }
    return roster;
  }

  private reducedCostOf(classIndex: number, shifts: number[], groupPrices: Float64Array[], agentDual: number): number {
    const { classes } = this;
    const space = classes.spaces[classIndex];
    const price = groupPrices[classes.groupOfAgent[classes.classMembers[classIndex][0]]];
    let cost = columnCostOf(classes, classIndex, shifts) - agentDual;
    for (const local of shifts) {
      const shift = classes.candidates[space.candidates[local]];
      for (let k = 0; k < shift.coverIntervals.length; k += 1)
        cost -= shift.coverFractions[k] * price[shift.coverIntervals[k]];
    }
    return cost;
  }

  private localShiftsOf(agent: number, shifts: number[]): number[] {
    const own = this.classes.agentCandidates[agent];
    return shifts.map((index) => own.indexOf(index)).sort((a, b) => a - b);
  }
}
