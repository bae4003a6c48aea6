import type { Queue } from "../organisation/queue";
import { businessSecondsPerInterval } from "../staffing/business-seconds";
import type { ScheduleRequirement } from "../schedule/schedule";
import { agentsFromShifts, type AgentShift } from "./agent-spans";
import {
  DEFAULT_ROUTING,
  type HandleTimeModel,
  type RoutingPolicy,
  type ServiceLevelDefinition,
  type SimulationInput,
  type SimulationQueue,
} from "./simulation-input";

/** A schedule's period and forecast (its stored requirements) with the shifts of one of its versions. */
export interface ScheduleSimulationSource {
  periodStartUtc: string;
  periodEndUtc: string;
  intervalMinutes: number;
  requirements: ScheduleRequirement[];
  /** The organisation's queues the schedule covers (their channel, targets, patience and concurrency). */
  queues: Queue[];
  shifts: AgentShift[];
  /** Each agent's skills in priority order (the agent's skill list). */
  queuePriorityByAgent: ReadonlyMap<string, readonly string[]>;
}

/** How to simulate it, and what-ifs on top of the published forecast and roster. */
export interface ScheduleSimulationOptions {
  handleTime: HandleTimeModel;
  dispersion: number;
  routing: RoutingPolicy;
  serviceLevelDefinition: ServiceLevelDefinition;
  /** Multiplies every interval's forecast contacts (1.1 = "+10 % volume"). */
  volumeFactor: number;
  /** Agents whose shifts are left out ("if these agents are absent"). */
  absentAgentIds: readonly string[];
}

export const DEFAULT_SCHEDULE_SIMULATION: ScheduleSimulationOptions = {
  handleTime: { distribution: "exponential" },
  dispersion: 0,
  routing: DEFAULT_ROUTING,
  serviceLevelDefinition: "abandons_count_against",
  volumeFactor: 1,
  absentAgentIds: [],
};

/**
 * The simulation of a schedule version: the schedule's interval grid, each queue's forecast
 * contacts and AHT per interval from the stored requirements (an interval without one offers no
 * contacts; an unknown AHT is the queue's), and the agents' shifts. The answer target is the
 * queue's targetAnswerSeconds (0 when it has none); email's is its response window,
 * targetResponseHours counted in the queue's business hours (always open when it has none). Chat's concurrency is the queue's (1 when unset).
 */
export function simulationInputOfSchedule(
  source: ScheduleSimulationSource,
  options: ScheduleSimulationOptions = DEFAULT_SCHEDULE_SIMULATION,
): SimulationInput {
  const periodStartUtcMs = Date.parse(source.periodStartUtc);
  const intervalSeconds = source.intervalMinutes * 60;
  const intervalCount = Math.ceil((Date.parse(source.periodEndUtc) - periodStartUtcMs) / 1000 / intervalSeconds);
  const queues = source.queues.map((queue) =>
    simulationQueueOf(queue, source.requirements, periodStartUtcMs, intervalSeconds, intervalCount, options),
  );
  const absent = new Set(options.absentAgentIds);
  const shifts = source.shifts.filter((shift) => !absent.has(shift.agentId));
  return {
    periodStartUtcMs,
    intervalSeconds,
    intervalCount,
    queues,
    agents: agentsFromShifts(
      shifts,
      queues.map((queue) => queue.id),
      periodStartUtcMs,
      intervalSeconds * intervalCount,
      source.queuePriorityByAgent,
    ),
    routing: options.routing,
    serviceLevelDefinition: options.serviceLevelDefinition,
  };
}

function simulationQueueOf(
  queue: Queue,
  requirements: ScheduleRequirement[],
  periodStartUtcMs: number,
  intervalSeconds: number,
  intervalCount: number,
  options: ScheduleSimulationOptions,
): SimulationQueue {
  const expectedArrivals = new Array<number>(intervalCount).fill(0);
  const ahtSeconds = new Array<number>(intervalCount).fill(queue.ahtSeconds);
  for (const requirement of requirements) {
    if (requirement.queueId !== queue.id) continue;
    const interval = Math.floor((Date.parse(requirement.intervalStartUtc) - periodStartUtcMs) / 1000 / intervalSeconds);
    if (interval < 0 || interval >= intervalCount) continue;
    expectedArrivals[interval]! += (requirement.forecastCalls ?? 0) * options.volumeFactor;
    if (requirement.ahtSeconds !== null && requirement.ahtSeconds > 0) ahtSeconds[interval] = requirement.ahtSeconds;
  }
  const isEmail = queue.channel === "email";
  return {
    id: queue.id,
    channel: queue.channel,
    timeZone: queue.timeZone,
    targetAnswerSeconds: isEmail ? (queue.targetResponseHours ?? 0) * 3600 : (queue.targetAnswerSeconds ?? 0),
    businessSecondsPerInterval: isEmail
      ? businessSecondsPerInterval(
          intervalStartsMs(periodStartUtcMs, intervalSeconds, intervalCount),
          intervalSeconds,
          queue.businessHours,
          queue.timeZone,
        )
      : null,
    expectedArrivals,
    ahtSeconds,
    handleTime: options.handleTime,
    patienceSeconds: isEmail ? null : queue.patienceSeconds,
    concurrency: queue.channel === "chat" ? Math.max(1, queue.concurrency ?? 1) : 1,
    dispersion: options.dispersion,
  };
}

const intervalStartsMs = (periodStartUtcMs: number, intervalSeconds: number, intervalCount: number) =>
  Array.from({ length: intervalCount }, (_unused, interval) => periodStartUtcMs + interval * intervalSeconds * 1000);
