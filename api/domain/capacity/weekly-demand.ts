import type { DemandWeek } from "./plan";
import type { WeeklyHorizon } from "./weekly-horizon";
import { forecastQueue } from "../forecast/forecast-queue";
import { historySpanDays, MIN_HISTORY_DAYS } from "../forecast/history-span";
import type { IntervalObservation } from "../forecast/interval-observation";
import type { Queue } from "../organisation/queue";
import { calculateStaffingCase } from "../staffing/staffing-case";
import { SECONDS_PER_HOUR } from "../time/durations";

/** The demand source of a queue with history before the plan start, but less than a week of it. */
export const TOO_LITTLE_HISTORY = "too little history";

/** Where one queue's part of the plan's demand came from. */
export interface DemandSource {
  queueId: string;
  queueName: string;
  method: string;
  forecastVolume: number;
  scheduledAgentHours: number;
}

export interface WeeklyDemand {
  demand: DemandWeek[];
  sources: DemandSource[];
}

/** A queue with its hourly history before the plan start (hourly-observations.ts). */
export interface QueueHistory {
  queue: Queue;
  history: IntervalObservation[];
}

/**
 * Scheduled agent-hours one hour of forecast contacts needs, shrinkage included. Voice and chat go
 * through the staffing engine (Erlang C with the queue's targets; chat divides servers by the
 * concurrency); the unrounded fractional FTE is kept, because rounding each hour up would add half
 * an agent per open hour to a weekly total. Email has a response window of hours, so its work can
 * wait for an agent: it needs its workload only, volume × AHT ÷ (1 − shrinkage).
 */
function agentHoursForHour(queue: Queue, contacts: number, ahtSeconds: number): number {
  if (!(contacts > 0)) return 0;
  if (queue.channel === "email") return (contacts * ahtSeconds) / SECONDS_PER_HOUR / (1 - queue.shrinkage);
  return calculateStaffingCase({
    callsPerInterval: contacts,
    intervalSeconds: SECONDS_PER_HOUR,
    ahtSeconds,
    targetAnswerSeconds: queue.targetAnswerSeconds ?? 0,
    targetServiceLevel: queue.targetServiceLevel ?? undefined,
    targetAsaSeconds: queue.targetAsaSeconds ?? undefined,
    maxOccupancy: queue.maxOccupancy ?? undefined,
    shrinkage: queue.shrinkage,
    channel: queue.channel,
    concurrency: queue.concurrency ?? undefined,
  }).fractionalFte;
}

/** Index of the plan week an instant falls in, or −1 outside the horizon (weeks are half-open). */
function weekIndexOf(weekStartsMs: number[], endMs: number, instantMs: number): number {
  if (instantMs < weekStartsMs[0] || instantMs >= endMs) return -1;
  let low = 0;
  let high = weekStartsMs.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (weekStartsMs[middle] <= instantMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Weekly demand for a plan from the queues' history (issue 8): each queue is forecast over the
 * plan's horizon with the forecast domain (its long-range band uses annual seasonality when a year
 * and eight weeks of history exist), every forecast hour is staffed, and the agent-hours are summed
 * per plan week. Queues without history contribute nothing and say so in their source (method
 * "no history"), and so do queues with less than a week of it (method "too little history": no
 * weekly shape can be learnt from a day or two).
 */
export function weeklyDemandOf(queues: readonly QueueHistory[], horizon: WeeklyHorizon): WeeklyDemand {
  const weekStartsMs = horizon.weeks.map((week) => Date.parse(week.startsAtUtc));
  const endMs = Date.parse(horizon.weeks[horizon.weeks.length - 1].endsAtUtc);
  const hours = new Array<number>(horizon.weeks.length).fill(0);
  const sources: DemandSource[] = [];
  for (const { queue, history } of queues) {
    const source: DemandSource = {
      queueId: queue.id,
      queueName: queue.name,
      method: "no history",
      forecastVolume: 0,
      scheduledAgentHours: 0,
    };
    sources.push(source);
    if (history.length === 0) continue;
    if (historySpanDays(history, queue.timeZone) < MIN_HISTORY_DAYS) {
      source.method = TOO_LITTLE_HISTORY;
      continue;
    }
    const forecast = forecastQueue({
      history,
      zoneName: queue.timeZone,
      intervalMinutes: 60,
      horizonDays: horizon.weeks.length * 7,
      startUtcMs: weekStartsMs[0],
      method: "auto",
    });
    source.method = forecast.methodByBand["long-range"];
    for (const interval of forecast.intervals) {
      const week = weekIndexOf(weekStartsMs, endMs, interval.intervalStartUtcMs);
      if (week < 0) continue;
      const agentHours = agentHoursForHour(queue, interval.expected, interval.ahtSeconds ?? queue.ahtSeconds);
      hours[week] += agentHours;
      source.forecastVolume += interval.expected;
      source.scheduledAgentHours += agentHours;
    }
  }
  return {
    demand: horizon.weeks.map((week, index) => ({
      weekStartDate: week.weekStartDate,
      scheduledAgentHours: hours[index],
    })),
    sources,
  };
}
