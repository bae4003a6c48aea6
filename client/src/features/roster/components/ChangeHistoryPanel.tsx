import { useState } from "react";
import type { z } from "zod";
import type { changeSet } from "../../../../../api/contracts/schedule-changes";
import { ErrorState, Loading } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useScheduleChanges } from "../api/queries";
import type { RosterShift } from "./roster-view";

type ChangeSetDto = z.infer<typeof changeSet>;
type Side = ChangeSetDto["changes"][number]["before"];
const minute = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;
const span = (side: Side, timeZone: string) =>
  side
    ? `${formatInZone(side.startUtc, timeZone, minute)}–${formatInZone(side.endUtc, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`
    : "";

function ChangeSets({
  changeSets,
  timeZone,
  shiftKey,
}: {
  changeSets: ChangeSetDto[];
  timeZone: string;
  shiftKey: string | null;
}) {
  const shown = changeSets
    .map((set) => ({
      ...set,
      changes: set.changes.filter((change) => shiftKey === null || change.shiftKey === shiftKey),
    }))
    .filter((set) => set.changes.length > 0);
  if (shown.length === 0) return <p className="muted small">No changes recorded.</p>;
  return (
    <ol className="change-history" aria-label="Change sets, oldest first">
      {shown.map((set) => (
        <li key={set.id} className="change-history__set">
          <strong>{set.kind.replace("_", " ")}</strong>
          {set.versionNumber !== null && ` of version ${set.versionNumber}`} ·{" "}
          {formatInZone(set.createdAt, timeZone, minute)} by {set.createdBy}
          {set.reasonCode && ` · ${set.reasonCode}`}
          {set.note && <div className="small">“{set.note}”</div>}
          {set.notes.map((note) => (
            <div key={note.createdAt} className="small muted">
              Note: {note.note}
            </div>
          ))}
          <ul>
            {set.changes.map((change) => (
              <li key={`${change.shiftKey}-${change.change}-${change.agentId}`} className="small">
                {change.agentName}: {change.change}{" "}
                {change.change === "changed"
                  ? `${span(change.before, timeZone)} → ${span(change.after, timeZone)}`
                  : span(change.before ?? change.after, timeZone)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The change ledger beside the roster: what changed in this week since it was first published, or in one agent's shift. */
export function ChangeHistoryPanel({
  scheduleId,
  fromUtc,
  toUtc,
  timeZone,
  shifts,
}: {
  scheduleId: string;
  fromUtc: string;
  toUtc: string;
  timeZone: string;
  shifts: RosterShift[];
}) {
  const [shiftKey, setShiftKey] = useState<string | null>(null);
  const picked = shifts.find((shift) => shift.shiftKey === shiftKey) ?? null;
  const changes = useScheduleChanges(scheduleId, picked ? { agentId: picked.agentId } : { from: fromUtc, to: toUtc });
  return (
    <section className="panel no-print" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <label>
        Show{" "}
        <select value={shiftKey ?? ""} onChange={(event) => setShiftKey(event.target.value || null)}>
          <option value="">this week's changes</option>
          {shifts.map((shift) => (
            <option key={shift.id} value={shift.shiftKey}>
              {shift.agentName} · {formatInZone(shift.startUtc, timeZone, minute)}
            </option>
          ))}
        </select>
      </label>
      {changes.isPending && <Loading label="Loading the history…" />}
      {changes.isError && <ErrorState error={changes.error} onRetry={() => void changes.refetch()} />}
      {changes.data && (
        <ChangeSets
          changeSets={changes.data.changeSets}
          timeZone={timeZone}
          shiftKey={picked ? picked.shiftKey : null}
        />
      )}
    </section>
  );
}
