import type { PlacedBreak } from "./break-placement";

/** A shift an agent could work: the decision is whether to roster it (one binary per candidate). */
export interface CandidateShift {
  agentIndex: number;
  startMs: number;
  endMs: number;
  lengthMinutes: number;
  /** Local date of the start in the agent's zone, as an epoch day. */
  epochDay: number;
  /** Contract week (7×24 h block of the period) in which the shift starts. */
  weekIndex: number;
  isWeekend: boolean;
  /** At least 3 h inside the night window (EU Directive 2003/88/EC art. 2(4)). */
  isNight: boolean;
  avoidedMinutes: number;
  breaks: PlacedBreak[];
  coverIntervals: Int32Array;
  coverFractions: Float64Array;
  /** How many agents may take this shift: 1, or a pool's member count in an aggregated model. */
  multiplicity: number;
}

export type CandidateFilter = "availability" | "time_off" | "contract_hours" | "skills";

export interface CandidateSet {
  candidates: CandidateShift[];
  /** Shifts inside an availability window that a hard rule removed, per rule. */
  prunedByRule: Record<CandidateFilter, number>;
}
