import type { ShiftBreak } from "../schedule/schedule";

/**
 * The change ledger of a published schedule: every change set (who, when, why) and, per shift, what
 * it was before and after. Nothing in it is ever rewritten; a later note is a row of its own.
 */
export const changeSetKinds = [
  "publish",
  "repair",
  "manual_edit",
  "absence",
  "time_off",
  "employment_end",
  "requirements_replaced",
  "trade",
  "offer",
] as const;
export type ChangeSetKind = (typeof changeSetKinds)[number];

export type ShiftChangeKind = "added" | "removed" | "changed";

/** One side of a shift change: the published work and the iCal SEQUENCE it carried. */
export interface LedgerShift {
  agentId: string;
  startUtc: string;
  endUtc: string;
  queueIds: string[];
  breaks: ShiftBreak[];
  sequence: number;
}

export interface ShiftChange {
  /** The agent whose own shifts changed (a reassigned shift is removed from one agent and added to another). */
  agentId: string;
  shiftKey: string;
  change: ShiftChangeKind;
  before: LedgerShift | null;
  after: LedgerShift | null;
}

/** What `appendChangeSet` is given: the who and why of one change set and its per-shift changes. */
export interface ChangeSetInput {
  organisationId: string;
  scheduleId: string;
  /** The version the change set made current, when it made one. */
  versionId: string | null;
  kind: ChangeSetKind;
  reasonCode: string | null;
  note: string | null;
  createdBy: string;
  changes: ShiftChange[];
}

export interface ChangeNote {
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface ChangeSet extends Omit<ChangeSetInput, "changes"> {
  id: string;
  createdAt: string;
  notes: ChangeNote[];
}

/** The instant a change is filed under (per week, per pay period): the earlier start of its two sides. */
export function startOfChange(change: Pick<ShiftChange, "before" | "after">): string {
  const starts = [change.before?.startUtc, change.after?.startUtc].filter(
    (start): start is string => start !== undefined,
  );
  return starts.reduce((earliest, start) => (Date.parse(start) < Date.parse(earliest) ? start : earliest));
}
