import type { TimeSpanMs } from "../model/prepare";

/**
 * Hard rule family "time_off": no shift overlaps an agent's dated unavailability (a UTC span, or a
 * whole local date converted to its real span: 23 h or 25 h on a DST day). Like availability it
 * adds no rows; candidate shifts that overlap time off are never generated.
 */
export function overlapsTimeOff(timeOff: TimeSpanMs[], startMs: number, endMs: number): boolean {
  return timeOff.some((span) => span.startMs < endMs && startMs < span.endMs);
}
