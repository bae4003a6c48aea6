import { calculateStaffingCase, type StaffingCase } from "../staffing/staffing-case";
import type { DemandWeek } from "./plan";
import { MINUTES_PER_DAY } from "../time/durations";

/** A queue's service settings, as the staffing engine takes them, without the per-interval load. */
export type QueueStaffingSettings = Omit<StaffingCase, "callsPerInterval" | "intervalSeconds" | "agents">;

/** One queue's long-range forecast: weekly volumes spread by a recent weekday and intraday profile. */
export interface QueueVolumeForecast {
  queueName: string;
  intervalMinutes: number;
  /** Seven weights, Monday first (ISO order), normalised to sum to 1. */
  weekdayShares: number[];
  /** One weight per wall-clock interval of the day (1440 ÷ intervalMinutes), normalised to sum to 1. */
  intradayShares: number[];
  settings: QueueStaffingSettings;
  weeks: Array<{ weekStartDate: string; volume: number }>;
}

function normalised(weights: number[], expectedLength: number, what: string): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length !== expectedLength || weights.some((weight) => !(weight >= 0)) || !(total > 0)) {
    throw new RangeError(`${what} needs ${expectedLength} non-negative weights with a positive sum`);
  }
  return weights.map((weight) => weight / total);
}

/**
 * Scheduled agent-hours a queue needs in each forecast week: every interval's contacts (volume ×
 * weekday share × intraday share) go through the staffing engine (Erlang C or A with the queue's
 * targets), whose unrounded shrinkage-inflated agents (fractionalFte) times the interval's hours are
 * summed over the week. The profile is on the wall clock, so the hour a DST change adds or removes
 * is not modelled: 1 of 168 hours, below the resolution of a weekly plan. Queues are staffed
 * separately (no pooling across queues), which errs on the side of more hours.
 */
export function scheduledAgentHoursByWeek(forecast: QueueVolumeForecast): Map<string, number> {
  const slotsPerDay = MINUTES_PER_DAY / forecast.intervalMinutes;
  if (!Number.isInteger(slotsPerDay))
    throw new RangeError(`intervalMinutes must divide a day, got ${forecast.intervalMinutes}`);
  const weekdayShares = normalised(forecast.weekdayShares, 7, `${forecast.queueName} weekdayShares`);
  const intradayShares = normalised(forecast.intradayShares, slotsPerDay, `${forecast.queueName} intradayShares`);
  const hoursByWeek = new Map<string, number>();
  for (const week of forecast.weeks) {
    let agentHours = 0;
    for (const dayShare of weekdayShares) {
      for (const slotShare of intradayShares) {
        const callsPerInterval = week.volume * dayShare * slotShare;
        const staffing = calculateStaffingCase({
          ...forecast.settings,
          callsPerInterval,
          intervalSeconds: forecast.intervalMinutes * 60,
        });
        agentHours += (staffing.fractionalFte * forecast.intervalMinutes) / 60;
      }
    }
    hoursByWeek.set(week.weekStartDate, (hoursByWeek.get(week.weekStartDate) ?? 0) + agentHours);
  }
  return hoursByWeek;
}

/** Weekly demand for a plan from one or more queues' volume forecasts, summed per week. */
export function demandFromVolumeForecasts(forecasts: QueueVolumeForecast[]): DemandWeek[] {
  const totals = new Map<string, number>();
  for (const forecast of forecasts) {
    for (const [weekStartDate, hours] of scheduledAgentHoursByWeek(forecast))
      totals.set(weekStartDate, (totals.get(weekStartDate) ?? 0) + hours);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStartDate, scheduledAgentHours]) => ({ weekStartDate, scheduledAgentHours }));
}
