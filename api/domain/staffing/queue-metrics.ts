/** What a queue model reports at a given number of agents (servers, for chat). */
export interface QueueMetrics {
  /** Probability that an arriving contact waits at all. */
  pWait: number;
  /** Share of all arrivals answered within the target answer time. */
  serviceLevel: number;
  /** Mean time in queue over all arrivals, seconds; +∞ when the queue is unstable. */
  asaSeconds: number;
  /** Busy share of the agents' time. */
  occupancy: number;
}

/** Erlang A adds abandonment, and service level and wait among answered contacts only. */
export interface AbandonmentMetrics extends QueueMetrics {
  pAbandon: number;
  /** Mean wait of answered contacts, seconds; null when no contact is answered (zero agents). */
  asaAnsweredSeconds: number | null;
  serviceLevelAnswered: number;
}

/** Targets a staffing level must meet; absent targets are not checked. */
export interface StaffingTargets {
  /** Share of arrivals answered within targetAnswerSeconds, in (0, 1), met inclusively. */
  serviceLevelFraction?: number;
  targetAnswerSeconds: number;
  asaSeconds?: number;
  maxOccupancyFraction?: number;
}
