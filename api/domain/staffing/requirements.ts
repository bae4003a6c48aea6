import { businessSecondsPerInterval, type WeeklyOpening } from "./business-seconds";
import { emailServiceLevels } from "./email-service-level";
import { planEmailAgents, type EmailInterval } from "./email-workload";
import { fractionalFte, scheduledAgents } from "./shrinkage";
import { calculateStaffingCase } from "./staffing-case";
import { ceilTolerant } from "./tolerance";
import { SECONDS_PER_HOUR } from "../time/durations";

/** A queue's service settings (validated at the edge; absent settings are undefined). */
export interface RequirementsQueue {
  channel: "voice" | "chat" | "email";
  model: "erlang-c" | "erlang-a";
  timeZone: string;
  targetServiceLevel?: number;
  targetAnswerSeconds?: number;
  targetAsaSeconds?: number;
  shrinkage: number;
  maxOccupancy?: number;
  patienceSeconds?: number;
  concurrency?: number;
  targetResponseHours?: number;
  targetResponseFraction?: number;
  businessHours: WeeklyOpening[];
}

export interface SeriesInterval {
  startUtcMs: number;
  volume: number;
  ahtSeconds: number;
}

export interface IntervalRequirement {
  startUtcMs: number;
  trafficErlangs: number;
  agents: number;
  scheduledAgents: number;
  fractionalFte: number;
  /** Expected service level at the agents staffed; null when nothing arrives (or, for email, when
   * the response deadline lies past the series). */
  serviceLevel: number | null;
}

/** Voice and chat: each interval is its own Erlang C/A case (AHT may vary by interval). */
function queueRequirements(
  queue: RequirementsQueue,
  series: SeriesInterval[],
  intervalSeconds: number,
): IntervalRequirement[] {
  return series.map((interval) => {
    const result = calculateStaffingCase({
      callsPerInterval: interval.volume,
      intervalSeconds,
      ahtSeconds: interval.ahtSeconds,
      targetAnswerSeconds: queue.targetAnswerSeconds ?? 0,
      targetServiceLevel: queue.targetServiceLevel,
      targetAsaSeconds: queue.targetAsaSeconds,
      model: queue.model,
      patienceSeconds: queue.patienceSeconds,
      shrinkage: queue.shrinkage,
      maxOccupancy: queue.maxOccupancy,
      channel: queue.channel === "chat" ? "chat" : "voice",
      concurrency: queue.concurrency,
    });
    return {
      startUtcMs: interval.startUtcMs,
      trafficErlangs: result.trafficErlangs,
      agents: result.agents,
      scheduledAgents: result.scheduledAgents,
      fractionalFte: result.fractionalFte,
      serviceLevel: interval.volume === 0 ? null : result.serviceLevel,
    };
  });
}

/** Email: the deferred-work plan of email-workload.ts, judged by the FIFO fluid of email-service-level.ts. */
function emailRequirements(
  queue: RequirementsQueue,
  series: SeriesInterval[],
  intervalSeconds: number,
): IntervalRequirement[] {
  const starts = series.map((interval) => interval.startUtcMs);
  const open = businessSecondsPerInterval(starts, intervalSeconds, queue.businessHours, queue.timeZone);
  const intervals: EmailInterval[] = series.map((interval, i) => ({
    workloadAgentSeconds: interval.volume * interval.ahtSeconds,
    businessSeconds: open[i],
  }));
  const responseBusinessSeconds = (queue.targetResponseHours ?? 0) * SECONDS_PER_HOUR;
  const fluid = planEmailAgents(intervals, {
    responseBusinessSeconds,
    responseFraction: queue.targetResponseFraction ?? 1,
  });
  const agents = fluid.map(ceilTolerant);
  const serviceLevels = emailServiceLevels(intervals, agents, responseBusinessSeconds);
  return series.map((interval, i) => ({
    startUtcMs: interval.startUtcMs,
    trafficErlangs: intervals[i].workloadAgentSeconds / intervalSeconds,
    agents: agents[i],
    scheduledAgents: scheduledAgents(agents[i], queue.shrinkage),
    // Email work is fluid, so the unrounded FTE starts from the fluid agents, not the whole ones.
    fractionalFte: fractionalFte(fluid[i], queue.shrinkage),
    serviceLevel: serviceLevels[i],
  }));
}

/** The per-interval requirement of a series of consecutive intervals under a queue's settings. */
export function computeRequirements(
  queue: RequirementsQueue,
  series: SeriesInterval[],
  intervalSeconds: number,
): IntervalRequirement[] {
  if (series.length === 0) return [];
  return queue.channel === "email"
    ? emailRequirements(queue, series, intervalSeconds)
    : queueRequirements(queue, series, intervalSeconds);
}
