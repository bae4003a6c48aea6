import type { RosterProblem } from "./problem";

/** A shift of the published roster the repair starts from (UTC instants, half-open). */
export interface BaselineShift {
  agentId: string;
  startUtc: string;
  endUtc: string;
}

/**
 * How change is priced. A changed shift is one agent's local day whose shifts differ from the
 * baseline (moved, shrunk, grown, added or removed). Inside the notice window it costs the
 * predictability premium (fair-workweek laws pay about an hour per change inside 14 days' notice:
 * New York City Admin. Code § 20-1222, Seattle SMC 14.22.050), outside it a small stability weight.
 */
export interface RepairSettings {
  /** Shifts starting before this instant have started or ended: they are frozen. */
  cutoffUtc: string;
  /** Changes to shifts starting before cut-off + this many days are inside the notice window. */
  noticeWindowDays: number;
  /** Objective units (weighted agent-minutes) per changed shift inside the notice window. */
  predictabilityPremiumAgentMinutes: number;
  /** Objective units per changed shift outside the notice window. */
  stabilityWeightAgentMinutes: number;
  /** When true, added hours inside the window are imposed; otherwise they are offers the agent may decline. */
  isEmergency: boolean;
}

export interface RepairProblem {
  /** The roster problem as it stands now: absences already among the agents' time off, requirements current. */
  problem: RosterProblem;
  baseline: BaselineShift[];
  settings: RepairSettings;
}

/** The stability weight when none is given: small beside a minute short (1) and the premium (60). */
export const DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES = 5;
