import { useCallback, useEffect, useMemo, useState } from "react";
import type { z } from "zod";
import type { AgentDto } from "../../../../../api/contracts/agents";
import type { ruleFinding, scheduleDetail } from "../../../../../api/contracts/schedules";
import { ViewToggle } from "../../../components/ui/ViewToggle";
import { ZoneSwitcher } from "../../../components/ui/ZoneSwitcher";
import { ErrorState, Loading } from "../../../components/ui/states";
import { ApiError } from "../../../lib/api-client";
import { useSessionUser } from "../../../lib/session";
import { dayLabel, localDateOf, localMidnightUtc, mondayOf, plusDays, weekDates } from "../../../lib/zoned-time";
import { useApprovedTimeOff, useMoveShift, useRoster } from "../api/queries";
import { ChangeHistoryPanel } from "./ChangeHistoryPanel";
import { CoverageStrip } from "./CoverageStrip";
import { RosterCalendar, type ShiftMove } from "./RosterCalendar";
import { RosterFiltersBar } from "./RosterFiltersBar";
import { SimulatedServiceLevel } from "./SimulatedServiceLevel";
import {
  agentFactsById,
  colourKeyOf,
  colourMap,
  distinct,
  filterShifts,
  inHouse,
  noFilters,
  type ColourBy,
  type RosterShift,
} from "./roster-view";
import { TeamGrid } from "./TeamGrid";
import { RepairPanel } from "./RepairPanel";
import { filterTimeOff } from "./time-off-view";

type Schedule = z.infer<typeof scheduleDetail>;
const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === "version_conflict";
type Finding = z.infer<typeof ruleFinding>;
export type RosterView = "calendar" | "grid";

/** Marks the moment the page has painted a roster after its data arrived (read by scripts/bench-roster-page.ts). */
function useRenderTiming(dataVersion: unknown) {
  useEffect(() => {
    if (!dataVersion || performance.getEntriesByName("roster-data-arrived").length === 0) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => performance.measure("roster-render", "roster-data-arrived"), 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [dataVersion]);
}

export function RosterWorkspace({
  schedule,
  versionNumber,
  isDraft,
  agents,
  view,
  onView,
}: {
  schedule: Schedule;
  versionNumber: number;
  isDraft: boolean;
  agents: AgentDto[];
  view: RosterView;
  onView: (view: RosterView) => void;
}) {
  const user = useSessionUser();
  const roster = useRoster(schedule.id, versionNumber, schedule.periodStartUtc, schedule.periodEndUtc);
  const move = useMoveShift(schedule.id);
  const approvedTimeOff = useApprovedTimeOff();
  const [timeZone, setTimeZone] = useState(schedule.queues[0]?.timeZone ?? user.effectiveTimeZone);
  const [weekMonday, setWeekMonday] = useState(() => mondayOf(localDateOf(schedule.periodStartUtc, timeZone)));
  const [filters, setFilters] = useState(noFilters);
  const [colourBy, setColourBy] = useState<ColourBy>("queue");
  const [findings, setFindings] = useState<{ agentName: string; warnings: Finding[] } | null>(null);
  useRenderTiming(roster.data);

  const facts = useMemo(() => agentFactsById(agents), [agents]);
  const queueNames = useMemo(() => new Map(schedule.queues.map((queue) => [queue.id, queue.name])), [schedule.queues]);
  const allShifts = useMemo(() => roster.data?.shifts ?? [], [roster.data]);
  const shifts = useMemo(() => filterShifts(allShifts, filters, facts), [allShifts, filters, facts]);
  const periodFromMs = Date.parse(schedule.periodStartUtc);
  const periodToMs = Date.parse(schedule.periodEndUtc);
  const timeOff = useMemo(
    () => filterTimeOff(approvedTimeOff.data ?? [], filters, facts, periodFromMs, periodToMs),
    [approvedTimeOff.data, filters, facts, periodFromMs, periodToMs],
  );
  const colours = useMemo(() => {
    const keys =
      colourBy === "queue"
        ? [...schedule.queues.map((queue) => queue.id), "Blended"]
        : [
            inHouse,
            ...distinct(allShifts.map((shift) => shift.vendor ?? inHouse)).filter((vendor) => vendor !== inHouse),
          ];
    return colourMap(keys);
  }, [colourBy, schedule.queues, allShifts]);
  const colourOf = useCallback(
    (shift: RosterShift) => colours.get(colourKeyOf(shift, colourBy)) ?? "#526077",
    [colours, colourBy],
  );
  const queueNamesOf = useCallback(
    (shift: RosterShift) => shift.queueIds.map((id) => queueNames.get(id) ?? "queue").join(" + "),
    [queueNames],
  );
  const days = useMemo(() => weekDates(weekMonday), [weekMonday]);
  const [absentAgentId, setAbsentAgentId] = useState<string | null>(null);
  const isPublishedShown = schedule.publishedVersionNumber === versionNumber;
  const weekFromMs = Date.parse(localMidnightUtc(weekMonday, timeZone));
  const weekToMs = Date.parse(localMidnightUtc(plusDays(weekMonday, 7), timeZone));
  const firstMonday = mondayOf(localDateOf(schedule.periodStartUtc, timeZone));
  const lastMonday = mondayOf(localDateOf(new Date(Date.parse(schedule.periodEndUtc) - 1), timeZone));

  const changeZone = (zone: string) => {
    setTimeZone(zone);
    setWeekMonday((monday) => {
      const clamp = mondayOf(localDateOf(localMidnightUtc(monday, timeZone), zone));
      return clamp < mondayOf(localDateOf(schedule.periodStartUtc, zone))
        ? mondayOf(localDateOf(schedule.periodStartUtc, zone))
        : clamp;
    });
  };

  const onMove = ({ shift, startUtc, endUtc, revert }: ShiftMove) => {
    setFindings(null);
    move.mutate(
      { shiftId: shift.id, revision: shift.revision, startUtc, endUtc },
      {
        onSuccess: (result) => setFindings({ agentName: shift.agentName, warnings: result.warnings }),
        onError: () => revert(),
      },
    );
  };

  const options = useMemo(
    () => ({
      queues: schedule.queues.map((queue) => ({ id: queue.id, name: queue.name })),
      teams: distinct(agents.map((agent) => agent.team)),
      vendors: distinct([inHouse, ...agents.map((agent) => agent.vendor ?? inHouse)]),
      zones: distinct(allShifts.map((shift) => shift.agentTimeZone)),
      cohorts: distinct(agents.map((agent) => agent.attritionCohort)),
    }),
    [schedule.queues, agents, allShifts],
  );
  const zoneChoices = [
    ...distinct(schedule.queues.map((queue) => queue.timeZone)).map((zone) => ({
      label: `Queue zone (${schedule.queues
        .filter((queue) => queue.timeZone === zone)
        .map((queue) => queue.name)
        .join(", ")})`,
      timeZone: zone,
    })),
    { label: "My zone", timeZone: user.effectiveTimeZone },
  ];

  if (roster.isPending) return <Loading label="Loading the roster…" />;
  if (roster.isError) return <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />;
  return (
    <section aria-labelledby="roster-title">
      <div className="toolbar roster-toolbar no-print">
        <ZoneSwitcher value={timeZone} onChange={changeZone} choices={zoneChoices} />
        <label>
          Colour by
          <select value={colourBy} onChange={(event) => setColourBy(event.target.value as ColourBy)}>
            <option value="queue">Queue</option>
            <option value="vendor">Vendor</option>
          </select>
        </label>
        <ViewToggle
          label="Roster view"
          value={view}
          onChange={onView}
          options={[
            { value: "calendar", label: "Calendar" },
            { value: "grid", label: "Team grid" },
          ]}
        />
      </div>
      <RosterFiltersBar filters={filters} options={options} onChange={setFilters} />
      <div className="row roster-week no-print">
        <button
          type="button"
          className="button"
          disabled={weekMonday <= firstMonday}
          onClick={() => setWeekMonday(plusDays(weekMonday, -7))}
        >
          ← Previous week
        </button>
        <h2 id="roster-title">Week of {dayLabel(weekMonday)}</h2>
        <button
          type="button"
          className="button"
          disabled={weekMonday >= lastMonday}
          onClick={() => setWeekMonday(plusDays(weekMonday, 7))}
        >
          Next week →
        </button>
        <span className="muted small">
          {shifts.length} of {allShifts.length} shifts shown · {timeOff.length} approved time off · version{" "}
          {roster.data.versionNumber} ({roster.data.status})
        </span>
      </div>
      <ul className="legend no-print" aria-label="Colours">
        {[...colours]
          .filter(([key]) => key !== "Blended" || colourBy === "queue")
          .map(([key, colour]) => (
            <li key={key}>
              <span className="legend__swatch" style={{ background: colour }} aria-hidden="true" />
              {colourBy === "queue" ? (queueNames.get(key) ?? key) : key}
            </li>
          ))}
      </ul>
      {approvedTimeOff.isError && (
        <p className="notice notice--warn">
          Approved time off could not be loaded, so it is not shown: {approvedTimeOff.error.message}
        </p>
      )}
      {move.isPending && (
        <p className="muted" role="status">
          Saving the shift…
        </p>
      )}
      {move.isError && !isVersionConflict(move.error) && <ErrorState error={move.error} />}
      {move.error instanceof ApiError && move.error.code === "rule_violated" && (
        <p className="small muted">The shift was put back.</p>
      )}
      {isVersionConflict(move.error) && (
        <p className="notice notice--warn" role="alert">
          Someone else changed this shift after you loaded the roster, so your move was not saved. The roster now shows
          their change; move the shift again if you still want to.
        </p>
      )}
      {findings && (
        <div className={`notice ${findings.warnings.length > 0 ? "notice--warn" : "notice--ok"}`} role="status">
          {findings.warnings.length === 0
            ? `Saved ${findings.agentName}'s shift: no rule broken.`
            : `Saved ${findings.agentName}'s shift, but it breaks ${findings.warnings.length} rule${findings.warnings.length === 1 ? "" : "s"}:`}
          {findings.warnings.length > 0 && (
            <ul>
              {findings.warnings.map((warning) => (
                <li key={warning.rule + warning.message}>
                  <strong>{warning.rule}</strong>: {warning.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view === "calendar" ? (
        <div className="no-print">
          <RosterCalendar
            shifts={shifts}
            timeOff={timeOff}
            timeZone={timeZone}
            weekMonday={weekMonday}
            colourOf={colourOf}
            isEditable={isDraft}
            onWeekChange={setWeekMonday}
            onMove={onMove}
            periodStartUtc={schedule.periodStartUtc}
            periodEndUtc={schedule.periodEndUtc}
          />
        </div>
      ) : (
        <>
          {absentAgentId && (
            <RepairPanel
              scheduleId={schedule.id}
              agentId={absentAgentId}
              days={days}
              timeZone={timeZone}
              nameOf={(agentId) => agents.find((agent) => agent.id === agentId)?.name ?? agentId}
              onClose={() => setAbsentAgentId(null)}
            />
          )}
          <TeamGrid
            shifts={shifts}
            timeOff={timeOff}
            days={days}
            timeZone={timeZone}
            colourOf={colourOf}
            queueNamesOf={queueNamesOf}
            title={`${schedule.name} · week of ${dayLabel(weekMonday)}`}
            onMarkAbsent={isPublishedShown ? setAbsentAgentId : undefined}
          />
        </>
      )}
      {roster.data.coverage ? (
        <div className="no-print">
          <CoverageStrip
            coverage={roster.data.coverage}
            queueId={filters.queueId}
            timeZone={timeZone}
            fromMs={weekFromMs}
            toMs={weekToMs}
          />
          <SimulatedServiceLevel
            scheduleId={schedule.id}
            versionNumber={roster.data.versionNumber}
            coverage={roster.data.coverage}
            queues={schedule.queues}
            queueId={filters.queueId}
            timeZone={timeZone}
            fromMs={weekFromMs}
            toMs={weekToMs}
          />
        </div>
      ) : (
        <p className="muted">No coverage for this version.</p>
      )}
      {schedule.publishedVersionNumber !== null && (
        <ChangeHistoryPanel
          scheduleId={schedule.id}
          fromUtc={new Date(weekFromMs).toISOString()}
          toUtc={new Date(weekToMs).toISOString()}
          timeZone={timeZone}
          shifts={shifts.filter(
            (shift) => Date.parse(shift.startUtc) >= weekFromMs && Date.parse(shift.startUtc) < weekToMs,
          )}
        />
      )}
    </section>
  );
}
