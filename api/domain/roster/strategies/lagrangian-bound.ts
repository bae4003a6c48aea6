import { spaceShift, type AgentClasses } from "../model/agent-classes";
import { searchSchedule, type ScheduleChoice } from "./schedule-search";

/**
 * A lower bound on the named roster problem by Lagrangian relaxation of the coverage rows
 * (Fisher 1981, "The Lagrangian relaxation method for solving integer programming problems",
 * Management Science 27(1); the bound is Geoffrion's 1974 Lagrangian dual).
 *
 * Multiply `cover(q,t)`: Σ on-phone(q,t) + short − over = required by a price π(q,t) and move it
 * into the objective. What remains separates: per row, min over short ∈ [0, required] and over ≥ 0
 * of (shortCost − π) short + (overCost + π) over, which is required × min(0, shortCost − π) when
 * π ≥ −overCost; per agent, the cheapest schedule with each on-phone interval earning the best
 * price among the agent's queues (a blended agent's split is free, so it goes where π is highest),
 * which schedule-search.ts finds exactly over a relaxation of the agent's hard rules. Fairness is
 * dropped (its cost is never negative). For ANY π with π ≥ −overCost,
 *   L(π) = Σ required × π + Σ required × min(0, shortCost − π) + Σ agents min schedule cost
 * is at most the optimum, so every evaluated L(π) is a valid bound, however far the price search
 * is from converging. The price search is projected subgradient ascent with Polyak's step
 * (Polyak 1969; Held, Wolfe & Crowder 1974, "Validation of subgradient optimization").
 */
export interface LagrangianEvaluation {
  bound: number;
  /** ∂L/∂π per queue × intervalCount + interval (a supergradient: L is concave). */
  subgradient: Float64Array;
}

export class LagrangianBound {
  readonly prices: Float64Array;
  readonly lowerPrice: Float64Array;
  readonly upperPrice: Float64Array;
  bestBound = -Infinity;
  bestPrices: Float64Array;
  evaluations = 0;
  private stepScale = 1;
  private sinceImprovement = 0;
  private direction: Float64Array | null = null;
  private readonly required: Float64Array;
  private readonly intervalCount: number;

  constructor(private readonly classes: AgentClasses) {
    const { prepared, shortCost, overCost } = classes;
    this.intervalCount = prepared.intervalCount;
    const size = prepared.queueIds.length * this.intervalCount;
    this.required = new Float64Array(size);
    this.lowerPrice = new Float64Array(size).fill(-overCost);
    this.upperPrice = new Float64Array(size);
    prepared.requiredAgents.forEach((row, queue) =>
      row.forEach((required, interval) => {
        this.required[queue * this.intervalCount + interval] = required;
        // A price above shortCost (or above 0 where nothing is required) only lowers L: cap it there.
        this.upperPrice[queue * this.intervalCount + interval] = required > 0 ? shortCost[queue] : 0;
      }),
    );
    this.prices = Float64Array.from(this.upperPrice);
    this.bestPrices = Float64Array.from(this.prices);
  }

  /** Starts the price search from the marginal values of a roster's coverage (short: shortCost, over: −overCost). */
  seedFromCoverage(scheduled: Float64Array): void {
    for (let key = 0; key < this.prices.length; key += 1) {
      const surplus = scheduled[key] - this.required[key];
      this.prices[key] =
        surplus < -1e-9
          ? this.upperPrice[key]
          : surplus > 1e-9
            ? this.lowerPrice[key]
            : (this.upperPrice[key] + this.lowerPrice[key]) / 2;
    }
  }

  evaluate(prices: Float64Array): LagrangianEvaluation {
    const queueCount = this.classes.prepared.queueIds.length;
    const groupPrices = this.bestQueuePrices(prices);
    const { bound, onPhone } = this.evaluateAt(prices, groupPrices);
    return { bound, subgradient: this.subgradientOf(prices, onPhone, groupPrices, queueCount) };
  }

  /** Per group and interval, the highest price among the group's queues (where a blended agent's time earns most). */
  bestQueuePrices(prices: Float64Array): Float64Array[] {
    const { intervalCount } = this;
    return this.classes.groups.map((group) => {
      const best = new Float64Array(intervalCount).fill(-Infinity);
      for (const queue of group.queueIndices)
        for (let t = 0; t < intervalCount; t += 1) best[t] = Math.max(best[t], prices[queue * intervalCount + t]);
      return best;
    });
  }

  /**
   * L(π, μ) with the agents' time priced at μ per group and interval instead of the best queue
   * price: the Lagrangian of the model with the split rows (on-phone(g,t) = Σ_q split(g,q,t)) also
   * relaxed. It is a valid bound whenever μ(g,t) ≥ π(q,t) for every queue q of g (else a split
   * variable's relaxed cost is negative and the minimum is −∞), which this method does not check:
   * bestQueuePrices(π) meets it with equality and gives the largest such L. Also returns each
   * class's cheapest schedule, the pricing step of column generation.
   */
  evaluateAt(
    prices: Float64Array,
    groupPrices: Float64Array[],
  ): { bound: number; onPhone: Float64Array[]; choices: ScheduleChoice[] } {
    const { classes, intervalCount, required } = this;
    const { shortCost } = classes;
    let bound = 0;
    const onPhone = classes.groups.map(() => new Float64Array(intervalCount));
    for (let key = 0; key < prices.length; key += 1) {
      const queue = Math.floor(key / intervalCount);
      if (required[key] > 0)
        bound += required[key] * prices[key] + required[key] * Math.min(0, shortCost[queue] - prices[key]);
    }
    const choices = classes.spaces.map((space, classIndex) => {
      const members = classes.classMembers[classIndex];
      const group = classes.groupOfAgent[members[0]];
      const price = groupPrices[group];
      const costs = new Float64Array(space.candidates.length);
      for (let local = 0; local < costs.length; local += 1) {
        const shift = spaceShift(classes, space, local);
        let cost = space.ownCost[local];
        for (let k = 0; k < shift.coverIntervals.length; k += 1)
          cost -= shift.coverFractions[k] * price[shift.coverIntervals[k]];
        costs[local] = cost;
      }
      const choice = searchSchedule(space, costs);
      bound += members.length * choice.cost;
      for (const local of choice.shifts) {
        const shift = spaceShift(classes, space, local);
        for (let k = 0; k < shift.coverIntervals.length; k += 1)
          onPhone[group][shift.coverIntervals[k]] += members.length * shift.coverFractions[k];
      }
      return choice;
    });
    this.evaluations += 1;
    return { bound, onPhone, choices };
  }

  /** required − short + over − on-phone, with each group's on-phone time split evenly among its best-priced queues. */
  private subgradientOf(
    prices: Float64Array,
    onPhone: Float64Array[],
    groupPrices: Float64Array[],
    queueCount: number,
  ): Float64Array {
    const { classes, intervalCount, required } = this;
    const served = new Float64Array(queueCount * intervalCount);
    classes.groups.forEach((group, groupIndex) => {
      for (let t = 0; t < intervalCount; t += 1) {
        const amount = onPhone[groupIndex][t];
        if (amount === 0) continue;
        const best = group.queueIndices.filter(
          (queue) => prices[queue * intervalCount + t] >= groupPrices[groupIndex][t] - 1e-12,
        );
        for (const queue of best) served[queue * intervalCount + t] += amount / best.length;
      }
    });
    const subgradient = new Float64Array(served.length);
    for (let key = 0; key < served.length; key += 1) {
      const queue = Math.floor(key / intervalCount);
      const price = prices[key];
      const cap = classes.shortCost[queue];
      let short =
        price > cap + 1e-12
          ? required[key]
          : price < cap - 1e-12
            ? 0
            : Math.min(required[key], Math.max(0, required[key] - served[key]));
      if (required[key] <= 0) short = 0;
      const over = price > this.lowerPrice[key] + 1e-12 ? 0 : Math.max(0, served[key] - required[key] + short);
      subgradient[key] = required[key] - short + over - served[key];
    }
    return subgradient;
  }

  /**
   * One ascent step: evaluates L at the current prices, keeps the best bound, and moves the prices
   * along a deflected supergradient (Camerini, Fratta & Maffioli 1975: d = g + ½ d_previous, which
   * damps the zig-zag of plain subgradients) by Polyak's step toward a target level between the best
   * bound and `upperBound` (the best roster's objective). The level starts a tenth of the way up and
   * halves toward the best bound after 10 evaluations without improvement (a variable target value
   * method, as in Fisher 1981). Returns the bound at this step.
   */
  step(upperBound: number): number {
    const { bound, subgradient } = this.evaluate(this.prices);
    if (bound > this.bestBound + 1e-9) {
      this.bestBound = bound;
      this.bestPrices.set(this.prices);
      this.sinceImprovement = 0;
    } else if ((this.sinceImprovement += 1) >= 10) {
      this.stepScale = Math.max(this.stepScale / 2, 1e-4);
      this.sinceImprovement = 0;
    }
    if (!this.direction) this.direction = new Float64Array(subgradient.length);
    let norm = 0;
    for (let key = 0; key < subgradient.length; key += 1) {
      this.direction[key] = subgradient[key] + 0.5 * this.direction[key];
      norm += this.direction[key] * this.direction[key];
    }
    if (norm === 0) return bound;
    const reference = Number.isFinite(this.bestBound) ? this.bestBound : bound;
    const target =
      reference + Math.max(0.1 * this.stepScale * (upperBound - reference), 1e-6 * Math.abs(reference) + 1e-6);
    const length = Math.max(0, target - bound) / norm;
    for (let key = 0; key < this.prices.length; key += 1) {
      this.prices[key] = Math.min(
        this.upperPrice[key],
        Math.max(this.lowerPrice[key], this.prices[key] + length * this.direction[key]),
      );
    }
    return bound;
  }
}
