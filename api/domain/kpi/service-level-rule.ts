/**
 * Which abandoned contacts count against the service level: a queue setting, because contact
 * centres define it differently (Cleveland, "Call Center Management on Fast Forward", 3rd ed.,
 * ch. 3, lists these; "within the threshold" is a wait of at most the target answer time):
 *
 * - `abandons-count-against`: SL = answered within T ÷ offered. Every abandon is a miss (the strictest, and the default).
 * - `short-abandons-excluded`: SL = answered within T ÷ (offered − abandoned within T). Callers who hung up before T
 *   never had a fair chance to be served in time, so they leave the count; later abandons are misses.
 * - `abandons-excluded`: SL = answered within T ÷ handled. Abandons are ignored entirely (flatters a queue that loses callers).
 * - `short-abandons-met`: SL = (answered within T + abandoned within T) ÷ offered. A short abandon counts as served in time.
 */
export const SERVICE_LEVEL_ABANDON_RULES = [
  "abandons-count-against",
  "short-abandons-excluded",
  "abandons-excluded",
  "short-abandons-met",
] as const;
export type ServiceLevelAbandonRule = (typeof SERVICE_LEVEL_ABANDON_RULES)[number];
export const DEFAULT_ABANDON_RULE: ServiceLevelAbandonRule = "abandons-count-against";

/** Summed counts of a period (fractions allowed). */
export interface ServiceLevelCounts {
  offeredCount: number;
  handledCount: number;
  abandonedCount: number;
  answeredWithinThresholdCount: number;
  abandonedWithinThresholdCount: number;
}

/** The achieved service level 0–1 under `rule`; null when its denominator is 0 (nothing to judge). */
export function achievedServiceLevel(counts: ServiceLevelCounts, rule: ServiceLevelAbandonRule): number | null {
  const ratio = (numerator: number, denominator: number) =>
    denominator > 0 ? Math.min(1, numerator / denominator) : null;
  switch (rule) {
    case "abandons-count-against":
      return ratio(counts.answeredWithinThresholdCount, counts.offeredCount);
    case "short-abandons-excluded":
      return ratio(counts.answeredWithinThresholdCount, counts.offeredCount - counts.abandonedWithinThresholdCount);
    case "abandons-excluded":
      return ratio(counts.answeredWithinThresholdCount, counts.handledCount);
    case "short-abandons-met":
      return ratio(counts.answeredWithinThresholdCount + counts.abandonedWithinThresholdCount, counts.offeredCount);
  }
}
