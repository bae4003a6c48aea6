import type { IntervalRequirement } from "./requirements";

/** One forecast interval staffed: what it needs (from UTC milliseconds `startUtcMs`) and the volume and handle time staffed for. */
export interface StaffedInterval extends IntervalRequirement {
  volume: number;
  ahtSeconds: number;
}
