import type { z } from "zod";
import type { getScheduleSimulation } from "../../../../../api/contracts/simulation";
import { localDateOf } from "../../../lib/zoned-time";
import type { CoverageEntry } from "./roster-view";

export type Simulation = z.infer<typeof getScheduleSimulation.response>;
export type SimulatedInterval = Simulation["intervals"][number];

export interface SimulationPoint {
  intervalStartUtc: string;
  simulated: number | null;
  lower: number | null;
  upper: number | null;
  erlang: number | null;
}

const clampFraction = (value: number) => Math.min(1, Math.max(0, value));

/** One queue's simulated SL per interval of [fromMs, toMs) with its 95 % band, beside the Erlang estimate of the coverage. */
export function simulationPoints(
  simulation: Simulation,
  coverage: CoverageEntry[],
  queueId: string,
  fromMs: number,
  toMs: number,
): SimulationPoint[] {
  const erlangAt = new Map(
    coverage
      .filter((entry) => entry.queueId === queueId)
      .map((entry) => [Date.parse(entry.intervalStartUtc), entry.expectedServiceLevelFraction]),
  );
  return simulation.intervals
    .filter(
      (interval) =>
        interval.queueId === queueId &&
        Date.parse(interval.intervalStartUtc) >= fromMs &&
        Date.parse(interval.intervalStartUtc) < toMs,
    )
    .map((interval) => {
      const { mean, halfWidth95 } = interval.serviceLevelFraction;
      const width = halfWidth95 ?? 0;
      return {
        intervalStartUtc: interval.intervalStartUtc,
        simulated: mean,
        lower: mean === null ? null : clampFraction(mean - width),
        upper: mean === null ? null : clampFraction(mean + width),
        erlang: erlangAt.get(Date.parse(interval.intervalStartUtc)) ?? null,
      };
    });
}

/** The Erlang estimate per queue and local day: the coverage's expected SL, weighted by the requirement as the coverage strip weighs it. */
export function erlangByDay(coverage: CoverageEntry[], timeZoneOf: (queueId: string) => string): Map<string, number> {
  const sums = new Map<string, { weight: number; sum: number }>();
  for (const entry of coverage) {
    if (entry.expectedServiceLevelFraction === null || entry.requiredAgents <= 0) continue;
    const key = `${entry.queueId}|${localDateOf(entry.intervalStartUtc, timeZoneOf(entry.queueId))}`;
    const total = sums.get(key) ?? { weight: 0, sum: 0 };
    total.weight += entry.requiredAgents;
    total.sum += entry.requiredAgents * entry.expectedServiceLevelFraction;
    sums.set(key, total);
  }
  return new Map([...sums].map(([key, total]) => [key, total.sum / total.weight]));
}
