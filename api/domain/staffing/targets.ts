import type { QueueMetrics, StaffingTargets } from "./queue-metrics";
import { isAtLeast, isAtMost } from "./tolerance";

/** True when the metrics meet every target given, each within the engine's rounding tolerance. */
export function meetsTargets(metrics: QueueMetrics, targets: StaffingTargets): boolean {
  if (targets.serviceLevelFraction !== undefined && !isAtLeast(metrics.serviceLevel, targets.serviceLevelFraction))
    return false;
  if (targets.asaSeconds !== undefined && !isAtMost(metrics.asaSeconds, targets.asaSeconds)) return false;
  if (targets.maxOccupancyFraction !== undefined && !isAtMost(metrics.occupancy, targets.maxOccupancyFraction))
    return false;
  return true;
}
