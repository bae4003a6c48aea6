import { isoWeekdayOfEpochDay } from "../../time/local-date";
import type { AgentContract, RosterAgent } from "../model/problem";
import type { TimeSpanMs } from "../model/prepare";
import { wallClockInstantMs } from "../../time/wall-clock";
import { windowMinutes } from "../model/wall-clock-minutes";
import { MINUTES_PER_DAY } from "../../time/durations";

/**
 * Hard rule family "availability": an agent works only inside a weekly availability window and
 * inside the contract's earliest-start / latest-end span, both read on the wall clock of the
 * agent's zone. It adds no rows: candidate shifts that break it are never generated
 * (candidates.ts), so the solver cannot pick them.
 */

export interface AvailabilityOccurrence extends TimeSpanMs {
  epochDay: number;
  startMinute: number;
  endMinute: number;
}

/** The agent's availability windows that begin on this local day, as instants (a DST day moves them in UTC). */
export function availabilityOn(agent: RosterAgent, epochDay: number): AvailabilityOccurrence[] {
  const weekday = isoWeekdayOfEpochDay(epochDay);
  return agent.availability
    .filter((window) => window.weekday === weekday)
    .map((window) => {
      const { startMinute, endMinute } = windowMinutes(window.startLocal, window.endLocal);
      return {
        epochDay,
        startMinute,
        endMinute,
        startMs: wallClockInstantMs(epochDay, startMinute, agent.timeZone),
        endMs: wallClockInstantMs(epochDay, endMinute, agent.timeZone),
      };
    });
}

/**
 * Whether a shift starting on local day `epochDay` fits the contract span: it starts no earlier
 * than earliestStartLocal and ends no later than latestEndLocal (the next day's, when the span
 * crosses midnight), measured as instants so a DST night is judged by its real hours. A span that
 * crosses midnight also admits shifts starting after midnight inside the previous day's span.
 */
export function fitsContractSpan(
  contract: AgentContract,
  zoneName: string,
  epochDay: number,
  startMs: number,
  endMs: number,
): boolean {
  const { startMinute, endMinute } = windowMinutes(contract.earliestStartLocal, contract.latestEndLocal);
  const spanDays = endMinute > MINUTES_PER_DAY ? [epochDay, epochDay - 1] : [epochDay];
  return spanDays.some(
    (day) =>
      startMs >= wallClockInstantMs(day, startMinute, zoneName) &&
      endMs <= wallClockInstantMs(day, endMinute, zoneName),
  );
}

/** Whether any availability window of the agent (starting on the day before, the day of, or the day after) covers [startMs, endMs). */
export function isWithinAvailability(agent: RosterAgent, epochDay: number, startMs: number, endMs: number): boolean {
  for (const day of [epochDay - 1, epochDay]) {
    if (availabilityOn(agent, day).some((window) => startMs >= window.startMs && endMs <= window.endMs)) return true;
  }
  return false;
}
