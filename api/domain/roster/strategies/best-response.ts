import { spaceShift, type AgentClasses } from "../model/agent-classes";
import type { CandidateShift } from "../model/candidate-shift";
import { keepsEveryHardRule } from "../rules/hard-rule-check";
import { belowCostOf } from "../model/schedule-space";
import { searchSchedule } from "./schedule-search";

/**
 * Local search over named agents (a best-response or "agent-by-agent re-optimisation" move, as in
 * the large-neighbourhood searches of Pisinger & Ropke 2010, Handbook of Metaheuristics ch. 13):
 * take one agent off the roster, give every one of its candidate shifts the exact value it would
 * add to the others' coverage (short minutes filled on the agent's most valuable queue first, the
 * rest charged as over-staffing), and let schedule-search.ts pick the agent's cheapest week. The
 * new week replaces the old when it is cheaper and passes every hard rule (hard-rule-check.ts,
 * including the rules the search relaxes). Fairness is costed only in the final roster.
 *
 * `scheduled` holds on-phone agents per queue × interval with each blended shift's time split
 * greedily when it is rostered; the final roster's split is re-optimised by the solver.
 */
export class RosterSearch {
  readonly scheduled: Float64Array;
  readonly shiftsOfAgent: number[][];
  /** Per agent, the (queue × interval key, amount) pairs its shifts added to `scheduled`. */
  private readonly servedByAgent: { keys: number[]; amounts: number[] }[];
  private readonly required: Float64Array;
  private readonly intervalCount: number;

  /**
   * `shiftCostAdjustments` (indexed like classes.candidates) adds a cost of the agent's own to each
   * shift in the best response, as a repair prices change (priced-change.ts); objective() leaves it out.
   */
  constructor(
    private readonly classes: AgentClasses,
    private readonly shiftCostAdjustments: Float64Array | null = null,
  ) {
    const { prepared } = classes;
    this.intervalCount = prepared.intervalCount;
    this.required = new Float64Array(prepared.queueIds.length * this.intervalCount);
    prepared.requiredAgents.forEach((row, queue) => this.required.set(row, queue * this.intervalCount));
    this.scheduled = new Float64Array(this.required.length);
    this.shiftsOfAgent = prepared.source.agents.map(() => []);
    this.servedByAgent = prepared.source.agents.map(() => ({ keys: [], amounts: [] }));
  }

  /** The objective of the current roster without fairness, with the greedy split of blended time. */
  objective(): number {
    const { classes, intervalCount } = this;
    let total = 0;
    for (let key = 0; key < this.scheduled.length; key += 1) {
      const gap = this.required[key] - this.scheduled[key];
      total += gap > 0 ? gap * classes.shortCost[Math.floor(key / intervalCount)] : -gap * classes.overCost;
    }
    this.shiftsOfAgent.forEach((shifts, agent) => (total += this.ownCostOf(agent, shifts)));
    return total;
  }

  /** Avoided-time and below-contract cost of an agent's shifts (candidate indices). */
  private ownCostOf(agent: number, shifts: number[]): number {
    const space = this.classes.spaces[this.classes.classOfAgent[agent]];
    const weekUnits = new Float64Array(space.weekMaxShifts.length);
    let total = 0;
    for (const index of shifts) {
      const local = this.classes.agentCandidates[agent].indexOf(index);
      total += space.ownCost[local];
      weekUnits[space.week[local]] += space.lengthUnits[local];
    }
    weekUnits.forEach((units, week) => (total += belowCostOf(space, week, units)));
    return total;
  }

  /** Value of adding `fraction` of an agent of `group` at interval t to the current coverage. */
  private valueOfAdding(group: number, t: number, fraction: number): number {
    let remaining = fraction;
    let value = 0;
    for (const queue of this.classes.groupQueuesByValue[group]) {
      const key = queue * this.intervalCount + t;
      const take = Math.min(remaining, Math.max(0, this.required[key] - this.scheduled[key]));
      value += take * this.classes.shortCost[queue];
      remaining -= take;
    }
    return value - remaining * this.classes.overCost;
  }

  private add(agent: number, shift: CandidateShift): void {
    const group = this.classes.groupOfAgent[agent];
    const served = this.servedByAgent[agent];
    const queues = this.classes.groupQueuesByValue[group];
    shift.coverIntervals.forEach((t, k) => {
      let remaining = shift.coverFractions[k];
      for (const queue of queues) {
        const key = queue * this.intervalCount + t;
        const isLast = queue === queues[queues.length - 1];
        const take = isLast ? remaining : Math.min(remaining, Math.max(0, this.required[key] - this.scheduled[key]));
        if (take <= 0) continue;
        this.scheduled[key] += take;
        served.keys.push(key);
        served.amounts.push(take);
        remaining -= take;
      }
    });
  }

  /** Takes an agent off the roster. */
  clear(agent: number): void {
    const served = this.servedByAgent[agent];
    served.keys.forEach((key, position) => (this.scheduled[key] -= served.amounts[position]));
    served.keys.length = 0;
    served.amounts.length = 0;
    this.shiftsOfAgent[agent] = [];
  }

  /** Rosters exactly these shifts (candidate indices) for the agent, replacing what it had. */
  assign(agent: number, shifts: number[]): void {
    this.clear(agent);
    this.shiftsOfAgent[agent] = [...shifts];
    for (const index of shifts) this.add(agent, this.classes.candidates[index]);
  }

  /** Re-optimises one agent's week against everyone else's; returns true when it changed for the better. */
  improveAgent(agent: number): boolean {
    const { classes } = this;
    const space = classes.spaces[classes.classOfAgent[agent]];
    if (space.candidates.length === 0) return false;
    const old = this.shiftsOfAgent[agent];
    this.clear(agent);
    const group = classes.groupOfAgent[agent];
    const costs = new Float64Array(space.candidates.length);
    for (let local = 0; local < costs.length; local += 1) {
      const shift = spaceShift(classes, space, local);
      let cost = space.ownCost[local] + (this.shiftCostAdjustments?.[classes.agentCandidates[agent][local]] ?? 0);
      for (let k = 0; k < shift.coverIntervals.length; k += 1)
        cost -= this.valueOfAdding(group, shift.coverIntervals[k], shift.coverFractions[k]);
      costs[local] = cost;
    }
    const choice = searchSchedule(space, costs);
    const oldCost = this.scheduleCost(agent, old, costs);
    const proposal = choice.shifts.map((local) => classes.agentCandidates[agent][local]);
    const isBetter = choice.cost < oldCost - 1e-7 && this.isFeasible(proposal);
    this.assign(agent, isBetter ? proposal : old);
    return isBetter;
  }

  private scheduleCost(agent: number, shifts: number[], costs: Float64Array): number {
    const space = this.classes.spaces[this.classes.classOfAgent[agent]];
    const weekUnits = new Float64Array(space.weekMaxShifts.length);
    let total = 0;
    for (const index of shifts) {
      const local = this.classes.agentCandidates[agent].indexOf(index);
      total += costs[local];
      weekUnits[space.week[local]] += space.lengthUnits[local];
    }
    weekUnits.forEach((units, week) => (total += belowCostOf(space, week, units)));
    return total;
  }

  /** Every hard rule, including those the schedule search relaxes (rest across a day off, weekly rest). */
  isFeasible(shifts: number[]): boolean {
    return keepsEveryHardRule(
      this.classes.prepared,
      shifts.map((index) => this.classes.candidates[index]),
    );
  }

  /** One pass of improveAgent over the agents in the given order; returns how many improved. */
  sweep(order: number[]): number {
    let improved = 0;
    for (const agent of order) if (this.improveAgent(agent)) improved += 1;
    return improved;
  }

  /** Re-splits every blended agent's time greedily against the current coverage (others' moves may have opened better queues). */
  resplit(): void {
    this.shiftsOfAgent.forEach((shifts, agent) => {
      if (this.classes.groups[this.classes.groupOfAgent[agent]].queueIndices.length > 1 && shifts.length > 0)
        this.assign(agent, shifts);
    });
  }

  snapshot(): number[][] {
    return this.shiftsOfAgent.map((shifts) => [...shifts]);
  }

  restore(snapshot: number[][]): void {
    snapshot.forEach((shifts, agent) => this.clear(agent));
    snapshot.forEach((shifts, agent) => this.assign(agent, shifts));
  }
}
