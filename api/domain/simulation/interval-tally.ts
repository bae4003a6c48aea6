import type { ServiceLevelDefinition } from "./simulation-input";

/**
 * One replication's counts per queue and interval, flat in a Float64Array (cheap to fill and to send
 * between threads). Contact counts go to the contact's arrival interval; busy and available
 * agent-seconds to the interval in which they were spent.
 */
export const TallyField = {
  offered: 0,
  answered: 1,
  answeredWithinTarget: 2,
  abandoned: 3,
  abandonedWithinTarget: 4,
  /** Sum of the waits of answered contacts, seconds. */
  answeredWaitSeconds: 5,
  /** Still waiting when the period ended, having waited past the target / not yet past it. */
  waitingPastTargetAtEnd: 6,
  waitingWithinTargetAtEnd: 7,
  /** Agent-seconds spent serving the queue (a chat counts 1/concurrency of its agent). */
  busyAgentSeconds: 8,
  /** Agent-seconds on the phones attributed to the queue (see attributeAvailability in simulate-roster.ts). */
  availableAgentSeconds: 9,
} as const;
export const TALLY_FIELDS = 10;

export function createTally(queueCount: number, intervalCount: number): Float64Array {
  return new Float64Array(queueCount * intervalCount * TALLY_FIELDS);
}

export const tallyIndex = (intervalCount: number, queueIndex: number, intervalIndex: number, field: number) =>
  (queueIndex * intervalCount + intervalIndex) * TALLY_FIELDS + field;

/** The four reported figures of a queue over a run of intervals; null where the denominator is 0. */
export interface TallyMetrics {
  offered: number;
  serviceLevelFraction: number | null;
  asaSeconds: number | null;
  abandonmentFraction: number | null;
  occupancyFraction: number | null;
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

/**
 * Metrics of queue `queueIndex` over intervals [fromInterval, toInterval): service level per the
 * definition, ASA = mean wait of answered contacts, abandonment = abandoned ÷ offered, occupancy =
 * busy ÷ available agent-seconds.
 */
export function tallyMetrics(
  tally: Float64Array,
  intervalCount: number,
  queueIndex: number,
  fromInterval: number,
  toInterval: number,
  definition: ServiceLevelDefinition,
): TallyMetrics {
  const sums = new Float64Array(TALLY_FIELDS);
  for (let interval = fromInterval; interval < toInterval; interval++) {
    const base = tallyIndex(intervalCount, queueIndex, interval, 0);
    for (let field = 0; field < TALLY_FIELDS; field++) sums[field]! += tally[base + field]!;
  }
  const shortAbandons = definition === "short_abandons_excluded" ? sums[TallyField.abandonedWithinTarget]! : 0;
  const serviceLevelDenominator =
    sums[TallyField.offered]! - shortAbandons - sums[TallyField.waitingWithinTargetAtEnd]!;
  return {
    offered: sums[TallyField.offered]!,
    serviceLevelFraction: ratio(sums[TallyField.answeredWithinTarget]!, serviceLevelDenominator),
    asaSeconds: ratio(sums[TallyField.answeredWaitSeconds]!, sums[TallyField.answered]!),
    abandonmentFraction: ratio(sums[TallyField.abandoned]!, sums[TallyField.offered]!),
    occupancyFraction: ratio(sums[TallyField.busyAgentSeconds]!, sums[TallyField.availableAgentSeconds]!),
  };
}
