import type { StaffedInterval } from "../domain/staffing/staffed-interval";
import { roundFraction, roundNullable, roundQuantity } from "./output-rounding";

interface StaffedRange {
  intervals: StaffedInterval[];
  scheduledAgentHours: number;
}

/**
 * `GET /api/queues/:id/requirements` as answered: interval starts as UTC ISO strings; volumes,
 * handle times, Erlangs, FTE and agent-hours to 2 decimals, service levels to 4.
 */
export function presentQueueRequirements<Range extends StaffedRange>(range: Range) {
  return {
    ...range,
    intervals: range.intervals.map(({ startUtcMs, volume, ahtSeconds, ...requirement }) => ({
      intervalStart: new Date(startUtcMs).toISOString(),
      volume: roundQuantity(volume),
      ahtSeconds: roundQuantity(ahtSeconds),
      ...requirement,
      trafficErlangs: roundQuantity(requirement.trafficErlangs),
      fractionalFte: roundQuantity(requirement.fractionalFte),
      serviceLevel: roundNullable(requirement.serviceLevel, roundFraction),
    })),
    scheduledAgentHours: roundQuantity(range.scheduledAgentHours),
  };
}
