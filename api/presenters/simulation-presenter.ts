import type { z } from "zod";
import type { getScheduleSimulation } from "../contracts/simulation";
import type { SimulationReport } from "../domain/simulation/replicate-until-precise";
import type { SimulatedFigures } from "../domain/simulation/replication-summary";
import type { Estimate } from "../domain/simulation/running-estimate";
import type { RoutingPolicy } from "../domain/simulation/simulation-input";
import type { ScheduleVersion } from "../domain/schedule/schedule";
import { roundFraction, roundQuantity } from "./output-rounding";

export interface ScheduleSimulation extends SimulationReport {
  scheduleId: string;
  versionNumber: number;
  status: ScheduleVersion["status"];
  /** Names the version's shifts as simulated: it changes whenever a shift of a draft is edited. */
  revision: string;
}

type Rounder = (value: number) => number;
const rounded = (estimate: Estimate, round: Rounder) => ({
  mean: estimate.mean === null ? null : round(estimate.mean),
  halfWidth95: estimate.halfWidth95 === null ? null : round(estimate.halfWidth95),
});

function presentFigures(figures: SimulatedFigures) {
  return {
    offered: rounded(figures.offered, roundQuantity),
    serviceLevelFraction: rounded(figures.serviceLevelFraction, roundFraction),
    asaSeconds: rounded(figures.asaSeconds, roundQuantity),
    abandonmentFraction: rounded(figures.abandonmentFraction, roundFraction),
    occupancyFraction: rounded(figures.occupancyFraction, roundFraction),
  };
}

const routingText = (routing: RoutingPolicy) =>
  `a contact goes to the skilled agent idle longest; a freed agent takes ${routing.agentQueueChoice === "priority_order" ? "the oldest contact of the first queue in its own skill order that has one" : "the contact waiting longest across its queues"}`;

/** A schedule simulation as the API answers it: shares to 4 decimals, counts and seconds to 2. */
export function presentScheduleSimulation(
  simulation: ScheduleSimulation,
  routing: RoutingPolicy,
): z.input<typeof getScheduleSimulation.response> {
  return {
    scheduleId: simulation.scheduleId,
    versionNumber: simulation.versionNumber,
    status: simulation.status,
    revision: simulation.revision,
    routing: routingText(routing),
    replications: simulation.replications,
    isPrecisionReached: simulation.isPrecisionReached,
    widestDailyServiceLevelHalfWidth: roundFraction(simulation.widestDailyServiceLevelHalfWidth),
    intervals: simulation.intervals.map((interval) => ({
      queueId: interval.queueId,
      intervalStartUtc: interval.intervalStartUtc,
      ...presentFigures(interval),
    })),
    days: simulation.days.map((day) => ({
      queueId: day.queueId,
      localDate: day.localDate,
      isWholeDay: day.isWholeDay,
      ...presentFigures(day),
    })),
  };
}
