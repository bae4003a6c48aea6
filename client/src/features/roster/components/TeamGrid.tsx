import { memo, useMemo } from "react";
import {
  dayLabel,
  formatDuration,
  localDateOf,
  minutesBetween,
  timeRangeInZone,
  clockTime,
} from "../../../lib/zoned-time";
import type { RosterShift } from "./roster-view";
import { describeTimeOffRange, timeOffDaysByAgent, type ApprovedTimeOff } from "./time-off-view";

interface AgentRow {
  agentId: string;
  agentName: string;
  agentTimeZone: string;
  vendor: string | null;
  shiftsByDay: Map<string, RosterShift[]>;
  workMinutes: number;
}

/** Agents as rows, the week's local days (in the display zone) as columns; a shift sits on the day it starts. */
function groupByAgent(shifts: RosterShift[], days: string[], timeZone: string): AgentRow[] {
  const daySet = new Set(days);
  const rows = new Map<string, AgentRow>();
  for (const shift of shifts) {
    const day = localDateOf(shift.startUtc, timeZone);
    if (!daySet.has(day)) continue;
    let row = rows.get(shift.agentId);
    if (!row) {
      row = {
        agentId: shift.agentId,
        agentName: shift.agentName,
        agentTimeZone: shift.agentTimeZone,
        vendor: shift.vendor,
        shiftsByDay: new Map(),
        workMinutes: 0,
      };
      rows.set(shift.agentId, row);
    }
    row.shiftsByDay.set(day, [...(row.shiftsByDay.get(day) ?? []), shift]);
    const breakMinutes = shift.breaks.reduce((sum, item) => sum + minutesBetween(item.startUtc, item.endUtc), 0);
    row.workMinutes += minutesBetween(shift.startUtc, shift.endUtc) - breakMinutes;
  }
  return [...rows.values()].sort((a, b) => a.agentName.localeCompare(b.agentName));
}

/** Agents with time off this week but no shift get a row too, so the week shows who is away. */
function withTimeOffRows(
  rows: AgentRow[],
  timeOff: ApprovedTimeOff[],
  offDays: Map<string, Map<string, ApprovedTimeOff>>,
  days: string[],
): AgentRow[] {
  const known = new Set(rows.map((row) => row.agentId));
  const extra = new Map<string, AgentRow>();
  for (const request of timeOff) {
    const isThisWeek = days.some((day) => offDays.get(request.agentId)?.has(day));
    if (known.has(request.agentId) || !isThisWeek) continue;
    extra.set(request.agentId, {
      agentId: request.agentId,
      agentName: request.agentName,
      agentTimeZone: request.agentTimeZone,
      vendor: null,
      shiftsByDay: new Map(),
      workMinutes: 0,
    });
  }
  return [...rows, ...extra.values()].sort((a, b) => a.agentName.localeCompare(b.agentName));
}

function TimeOffChip({ request, timeZone }: { request: ApprovedTimeOff; timeZone: string }) {
  const range = describeTimeOffRange(request, timeZone);
  return (
    <div className="team-grid__off" title={`Time off ${range}: ${request.reason}`}>
      Off<span className="visually-hidden"> {range}</span>
    </div>
  );
}

const ShiftChip = memo(function ShiftChip({
  shift,
  timeZone,
  colour,
  queueNames,
}: {
  shift: RosterShift;
  timeZone: string;
  colour: string;
  queueNames: string;
}) {
  const range = timeRangeInZone(shift.startUtc, shift.endUtc, timeZone);
  const breaks = shift.breaks
    .map((item) => `${item.kind} ${clockTime(item.startUtc, timeZone)}–${clockTime(item.endUtc, timeZone)}`)
    .join(", ");
  return (
    <div
      className="team-grid__shift"
      style={{ borderLeftColor: colour }}
      title={`${queueNames}${breaks ? ` · ${breaks}` : ""}`}
    >
      {range.text}
      {range.dayShift > 0 && <span className="muted"> +1</span>}
      <span className="visually-hidden">
        {" "}
        {queueNames}
        {breaks ? `, ${breaks}` : ""}
      </span>
    </div>
  );
});

/** `onMarkAbsent`, when given (a published version), puts a "Mark absent" button on each agent's row. */
export function TeamGrid({
  shifts,
  timeOff,
  days,
  timeZone,
  colourOf,
  queueNamesOf,
  title,
  onMarkAbsent,
}: {
  shifts: RosterShift[];
  timeOff: ApprovedTimeOff[];
  days: string[];
  timeZone: string;
  colourOf: (shift: RosterShift) => string;
  queueNamesOf: (shift: RosterShift) => string;
  title: string;
  onMarkAbsent?: (agentId: string) => void;
}) {
  const offDays = useMemo(() => timeOffDaysByAgent(timeOff, timeZone), [timeOff, timeZone]);
  const rows = useMemo(
    () => withTimeOffRows(groupByAgent(shifts, days, timeZone), timeOff, offDays, days),
    [shifts, timeOff, offDays, days, timeZone],
  );
  if (rows.length === 0) return <p className="muted">No shifts in this week for the chosen filters.</p>;
  return (
    <div className="table-scroll team-grid">
      <table className="table table--compact">
        <caption className="team-grid__caption">
          {title} · times in {timeZone}
        </caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            {days.map((day) => (
              <th scope="col" key={day}>
                {dayLabel(day)}
              </th>
            ))}
            <th scope="col">Paid time</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agentId}>
              <th scope="row" className="team-grid__agent">
                {row.agentName}
                <div className="muted small">
                  {row.agentTimeZone}
                  {row.vendor ? ` · ${row.vendor}` : ""}
                </div>
                {onMarkAbsent && (
                  <button
                    type="button"
                    className="button button--small no-print"
                    aria-label={`Mark ${row.agentName} absent`}
                    onClick={() => onMarkAbsent(row.agentId)}
                  >
                    Mark absent
                  </button>
                )}
              </th>
              {days.map((day) => (
                <td key={day}>
                  {offDays.get(row.agentId)?.has(day) && (
                    <TimeOffChip request={offDays.get(row.agentId)!.get(day)!} timeZone={timeZone} />
                  )}
                  {row.shiftsByDay.get(day)?.map((shift) => (
                    <ShiftChip
                      key={shift.id}
                      shift={shift}
                      timeZone={timeZone}
                      colour={colourOf(shift)}
                      queueNames={queueNamesOf(shift)}
                    />
                  ))}
                </td>
              ))}
              <td>{formatDuration(row.workMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
