import { formatInstantInZone } from "../time/format-instant";
import type { ChangeSetKind, LedgerShift, ShiftChange } from "./change-set";

/** One shift of the message, both sides as wall-clock times with their offset in the agent's zone. */
export interface MessageShift {
  shiftKey: string;
  change: ShiftChange["change"];
  before: { startLocal: string; endLocal: string } | null;
  after: { startLocal: string; endLocal: string } | null;
}

export interface ChangeMessage {
  subject: string;
  text: string;
  shifts: MessageShift[];
}

const kindWords: Record<ChangeSetKind, string> = {
  publish: "a new version of the schedule was published",
  repair: "the schedule was repaired after an absence or a change of plan",
  manual_edit: "a planner edited the schedule",
  absence: "an absence was recorded",
  time_off: "time off was approved",
  employment_end: "an employment ended",
  requirements_replaced: "the staffing requirements were replaced",
  trade: "a shift trade was accepted",
  offer: "a shift offer was accepted",
};

const localOf = (side: LedgerShift | null, zone: string) =>
  side
    ? {
        startLocal: formatInstantInZone(Date.parse(side.startUtc), zone),
        endLocal: formatInstantInZone(Date.parse(side.endUtc), zone),
      }
    : null;

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Mon 2026-03-02 22:00–06:00" from two local ISO strings (the offset is given once, with the zone). */
const spanWords = (side: { startLocal: string; endLocal: string }) => {
  // A table, not toLocaleDateString: that builds an Intl formatter per call, seconds for a 2,000-agent publish.
  const weekday = weekdays[new Date(`${side.startLocal.slice(0, 10)}T00:00:00Z`).getUTCDay()];
  return `${weekday} ${side.startLocal.slice(0, 10)} ${side.startLocal.slice(11, 16)}–${side.endLocal.slice(11, 16)}`;
};

const lineOf = (shift: MessageShift) => {
  if (shift.change === "added") return `New: ${spanWords(shift.after!)}`;
  if (shift.change === "removed") return `Cancelled: ${spanWords(shift.before!)}`;
  return `Moved: ${spanWords(shift.before!)} → ${spanWords(shift.after!)}`;
};

/**
 * The message an agent gets for one change set: their own changed shifts, old and new, as wall-clock
 * times in `zone` (the agent's display zone), sorted by start, and why (the kind, the reason code, the
 * planner's note). Pure: the caller passes only this agent's changes.
 */
export function composeChangeMessage(input: {
  scheduleName: string;
  kind: ChangeSetKind;
  reasonCode: string | null;
  note: string | null;
  zone: string;
  changes: ShiftChange[];
}): ChangeMessage {
  const shifts = input.changes
    .map((change) => ({
      shiftKey: change.shiftKey,
      change: change.change,
      before: localOf(change.before, input.zone),
      after: localOf(change.after, input.zone),
    }))
    .sort((a, b) => (a.after ?? a.before)!.startLocal.localeCompare((b.after ?? b.before)!.startLocal));
  const why = [
    `Why: ${kindWords[input.kind]}${input.reasonCode ? ` (${input.reasonCode})` : ""}.`,
    ...(input.note ? [`Note from your planner: ${input.note}`] : []),
  ];
  const text = [
    `Your shifts in "${input.scheduleName}" changed. Times are in ${input.zone}.`,
    "",
    ...shifts.map(lineOf),
    "",
    ...why,
  ].join("\n");
  const count = shifts.length === 1 ? "1 shift" : `${shifts.length} shifts`;
  return { subject: `Your schedule changed: ${count} in ${input.scheduleName}`, text, shifts };
}
