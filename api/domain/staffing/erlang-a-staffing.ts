import { fillBlockingOdds } from "./erlang-b";
import { erlangAMetricsFromOdds, type ErlangALoad } from "./erlang-a";
import { createSeriesScratch, type SeriesScratch } from "./erlang-a-series";
import { requiredAgentsErlangC } from "./erlang-c";
import type { AbandonmentMetrics, StaffingTargets } from "./queue-metrics";
import { meetsTargets } from "./targets";

/**
 * Erlang A at any number of agents, carrying the Erlang B recursion upward once from B(0) = 1 and
 * keeping every G(n) so that the search below can probe agent counts in any order without ever
 * restarting it.
 */
export class ErlangAStaffing {
  private odds = new Float64Array(64);
  private filledThrough = -1;
  private readonly scratch: SeriesScratch = createSeriesScratch();

  constructor(private readonly load: ErlangALoad) {}

  metricsAt(agents: number): AbandonmentMetrics {
    this.fillThrough(agents);
    return erlangAMetricsFromOdds(agents, this.load, this.odds[agents], this.scratch);
  }

  private fillThrough(agents: number): void {
    if (agents <= this.filledThrough) return;
    if (agents >= this.odds.length) {
      const larger = new Float64Array(Math.max(agents + 1, this.odds.length * 2));
      larger.set(this.odds);
      this.odds = larger;
    }
    fillBlockingOdds(this.odds, this.filledThrough + 1, agents, this.load.trafficErlangs);
    this.filledThrough = agents;
  }

  /**
   * The smallest N ≥ 0 meeting every target; may be below the load, since abandonment sheds it.
   * SL and ASA are monotone in N, so from a guess (the Erlang C answer) the search gallops to a
   * bracket and bisects it; the occupancy cap, should it still bind, is then met walking upward.
   */
  requiredAgents(targets: StaffingTargets): number {
    if (this.load.trafficErlangs === 0) return 0;
    const serviceTargets = { ...targets, maxOccupancyFraction: undefined };
    const meets = (agents: number) => meetsTargets(this.metricsAt(agents), serviceTargets);
    const { failing, meeting } = this.bracket(meets, requiredAgentsErlangC(this.load, serviceTargets));
    let low = failing;
    let high = meeting;
    while (high - low > 1) {
      const middle = low + Math.floor((high - low) / 2);
      if (meets(middle)) high = middle;
      else low = middle;
    }
    while (!meetsTargets(this.metricsAt(high), targets)) high++;
    return high;
  }

  /** A failing N (−1 stands for "none below") and a meeting N, found by doubling steps. */
  private bracket(meets: (agents: number) => boolean, guess: number): { failing: number; meeting: number } {
    let step = 1;
    if (meets(guess)) {
      let meeting = guess;
      for (;;) {
        const probe = meeting - step;
        if (probe < 0) return { failing: -1, meeting };
        if (!meets(probe)) return { failing: probe, meeting };
        meeting = probe;
        step *= 2;
      }
    }
    let failing = guess;
    for (;;) {
      const probe = failing + step;
      if (meets(probe)) return { failing, meeting: probe };
      failing = probe;
      step *= 2;
    }
  }
}
