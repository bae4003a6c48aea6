import type { ContactOutcome } from "./contact-outcome";
import type { IntervalActual } from "./interval-actual";

/** Running totals of one interval's contacts. */
export interface ContactIntervalSums {
  offeredCount: number;
  handledCount: number;
  abandonedCount: number;
  answeredWithinThresholdCount: number;
  abandonedWithinThresholdCount: number;
  waitSecondsSum: number;
  handleSecondsSum: number;
  timedHandleCount: number;
}

export const emptyContactSums = (): ContactIntervalSums => ({
  offeredCount: 0,
  handledCount: 0,
  abandonedCount: 0,
  answeredWithinThresholdCount: 0,
  abandonedWithinThresholdCount: 0,
  waitSecondsSum: 0,
  handleSecondsSum: 0,
  timedHandleCount: 0,
});

/**
 * Adds a contact to its arrival interval. "Within the threshold" is a wait of at most
 * `thresholdSeconds` (the queue's target answer time), for answers and abandons alike.
 */
export function addContact(sums: ContactIntervalSums, contact: ContactOutcome, thresholdSeconds: number | null): void {
  sums.offeredCount += 1;
  if (contact.isHandled) {
    sums.handledCount += 1;
    sums.waitSecondsSum += contact.waitSeconds!;
    if (thresholdSeconds !== null && contact.waitSeconds! <= thresholdSeconds) sums.answeredWithinThresholdCount += 1;
    if (contact.handleSeconds !== null) {
      sums.handleSecondsSum += contact.handleSeconds;
      sums.timedHandleCount += 1;
    }
  } else {
    sums.abandonedCount += 1;
    if (
      thresholdSeconds !== null &&
      contact.abandonWaitSeconds !== null &&
      contact.abandonWaitSeconds <= thresholdSeconds
    )
      sums.abandonedWithinThresholdCount += 1;
  }
}

/** The interval's actuals: means over the contacts that have them; within-threshold counts null without a threshold. */
export function intervalActualOf(
  intervalStart: string,
  sums: ContactIntervalSums,
  thresholdSeconds: number | null,
): IntervalActual {
  return {
    intervalStart,
    offeredCount: sums.offeredCount,
    handledCount: sums.handledCount,
    abandonedCount: sums.abandonedCount,
    answeredWithinThresholdCount: thresholdSeconds === null ? null : sums.answeredWithinThresholdCount,
    abandonedWithinThresholdCount: thresholdSeconds === null ? null : sums.abandonedWithinThresholdCount,
    reportedServiceLevelFraction: null,
    ahtSeconds: sums.timedHandleCount > 0 ? sums.handleSecondsSum / sums.timedHandleCount : null,
    asaSeconds: sums.handledCount > 0 ? sums.waitSecondsSum / sums.handledCount : null,
  };
}
