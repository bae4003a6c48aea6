import type { Channel } from "../organisation/queue";

/**
 * What one simulation run is given: a grid of equal intervals from `periodStartUtcMs`, the queues
 * with their expected arrivals and handle times per interval, the agents' on-phone spans, and the
 * routing policy. Times inside the simulator are seconds from the period start.
 */
export interface SimulationInput {
  periodStartUtcMs: number;
  intervalSeconds: number;
  intervalCount: number;
  queues: SimulationQueue[];
  agents: SimulationAgent[];
  routing: RoutingPolicy;
  serviceLevelDefinition: ServiceLevelDefinition;
}

/** How handle times vary around the interval's AHT. */
export type HandleTimeModel =
  { distribution: "exponential" } | { distribution: "lognormal"; coefficientOfVariation: number };

export interface SimulationQueue {
  id: string;
  channel: Channel;
  /** IANA zone whose local dates make the queue's days (daily service level). */
  timeZone: string;
  /**
   * Answered within this many seconds counts toward the service level. Email: the response window
   * (an email counts as answered when an agent picks it up).
   */
  targetAnswerSeconds: number;
  /**
   * Open seconds per interval of the grid when the target counts business time only (email's
   * response window in business hours); null: the target counts elapsed time.
   */
  businessSecondsPerInterval: number[] | null;
  /** Expected arrivals per interval of the grid (the forecast), intervalCount of them. */
  expectedArrivals: number[];
  /** Mean handle time per interval of the grid, seconds (a contact keeps its arrival interval's). */
  ahtSeconds: number[];
  handleTime: HandleTimeModel;
  /** Mean of exponential patience, seconds; null: nobody abandons (email, or Erlang C's assumption). */
  patienceSeconds: number | null;
  /** Contacts one agent serves at once (chat slots); 1 for voice and email. */
  concurrency: number;
  /**
   * Overdispersion c² of the interval counts (the forecast's Poisson–gamma mixture,
   * api/domain/forecast/forecast-quantiles.ts): each interval's rate is multiplied by a gamma draw
   * with mean 1 and variance c², so Var(count) = m + c²·m². 0 is plain Poisson.
   */
  dispersion: number;
}

/** An agent's time on the phones: shifts less breaks and lunches. */
export interface SimulationAgent {
  id: string;
  spans: AgentSpan[];
}

/** One stretch on the phones, [startSeconds, endSeconds), serving queues listed most-preferred first. */
export interface AgentSpan {
  startSeconds: number;
  endSeconds: number;
  /** Indices into SimulationInput.queues, in the agent's priority order. */
  queueIndices: number[];
}

/**
 * Routing. A contact that arrives goes to the skilled agent idle longest (with a free slot, for chat).
 * An agent who frees up takes, under "priority_order", the oldest waiting contact of the first queue
 * in its own priority order that has one; under "oldest_contact", the contact waiting longest across
 * all its queues. An agent keeps working a contact past the end of its span and logs off after it.
 * A voice or email contact needs an agent with nothing else in hand; chats share an agent's slots
 * with other chats only.
 */
export interface RoutingPolicy {
  agentQueueChoice: "priority_order" | "oldest_contact";
}

/**
 * Service level = answered within the target ÷ the denominator below, by the contact's arrival interval.
 * "abandons_count_against": every offered contact is in the denominator (Erlang A's convention,
 * api/domain/staffing/erlang-a.ts). "short_abandons_excluded": contacts that abandoned within the
 * target are left out of it. Either way, a contact still waiting when the period ends counts as
 * missed once it has waited past the target and is left out otherwise.
 */
export type ServiceLevelDefinition = "abandons_count_against" | "short_abandons_excluded";

export const DEFAULT_ROUTING: RoutingPolicy = { agentQueueChoice: "priority_order" };
