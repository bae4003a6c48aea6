/**
 * A schedule in the database: a period and the queues it covers, numbered versions (a draft is
 * edited, a published version is what agents see and never changes), and shifts with breaks.
 * Instants are UTC ISO strings. A shift's `shiftKey` follows the same piece of work across
 * versions (its iCal UID); `sequence` rises each time a published version changes it.
 */
export type VersionStatus = "draft" | "published";
export type VersionSource = "solve" | "manual";

export interface ShiftBreak {
  kind: "break" | "lunch";
  startUtc: string;
  endUtc: string;
}

export interface ScheduleShift {
  id: string;
  versionId: string;
  shiftKey: string;
  agentId: string;
  queueIds: string[];
  startUtc: string;
  endUtc: string;
  breaks: ShiftBreak[];
  sequence: number;
  /** Raised by every edit of a draft shift (optimistic concurrency: an edit names the revision it read). */
  revision: number;
}

export type ShiftDraft = Omit<ScheduleShift, "id" | "versionId" | "revision">;

/** A queue as the schedule saw it when made: name, priority and answer target for the service level. */
export interface ScheduleQueue {
  id: string;
  name: string;
  timeZone: string;
  priorityWeight: number;
  targetAnswerSeconds: number | null;
}

/** Scheduled agents needed on a queue in one interval (shrinkage included), with the forecast behind it. */
export interface ScheduleRequirement {
  queueId: string;
  intervalStartUtc: string;
  requiredAgents: number;
  forecastCalls: number | null;
  ahtSeconds: number | null;
}

/** The rules manual edits are checked against: the roster problem's, kept with the schedule. */
export interface ScheduleRules {
  minRestMinutes: number;
}

export interface Schedule {
  id: string;
  name: string;
  periodStartUtc: string;
  periodEndUtc: string;
  queueIds: string[];
  intervalMinutes: number;
  queues: ScheduleQueue[];
  requirements: ScheduleRequirement[];
  rules: ScheduleRules;
  publishedVersionId: string | null;
  createdBy: string;
  createdAt: string;
}

/** What a solve reported about the roster it produced, kept with the draft it became. */
export interface SolveSummary {
  status: string;
  objectiveTotal: number;
  lowerBound: number | null;
  absoluteGap: number | null;
  relativeGap: number | null;
  solveSeconds: number;
  isUnderstaffed: boolean;
  uncoveredIntervals: number;
}

export interface ShiftSummary {
  shiftKey: string;
  startUtc: string;
  endUtc: string;
  queueIds: string[];
  breaks: ShiftBreak[];
}

/** Per agent: shifts added, removed and changed (matched by shiftKey) against the previous published version. */
export interface AgentDiff {
  agentId: string;
  added: ShiftSummary[];
  removed: ShiftSummary[];
  changed: { before: ShiftSummary; after: ShiftSummary }[];
}

export interface PublishDiff {
  previousVersionNumber: number | null;
  agents: AgentDiff[];
  addedCount: number;
  removedCount: number;
  changedCount: number;
}

export interface ScheduleVersion {
  id: string;
  scheduleId: string;
  number: number;
  status: VersionStatus;
  source: VersionSource;
  solveJobId: string | null;
  solveSummary: SolveSummary | null;
  createdBy: string;
  createdAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  diff: PublishDiff | null;
}
