import { useEffect, useMemo, useRef } from "react";
import FullCalendar, {
  type CalendarRef,
  type EventDisplayInfo,
  type EventDropInfo,
  type EventInput,
} from "@fullcalendar/react";
import classicThemePlugin from "@fullcalendar/react/themes/classic";
import dayGridPlugin from "@fullcalendar/react/daygrid";
import interactionPlugin from "@fullcalendar/react/interaction";
import listPlugin from "@fullcalendar/react/list";
import timeGridPlugin from "@fullcalendar/react/timegrid";
import "@fullcalendar/react/skeleton.css";
import "@fullcalendar/react/themes/classic/theme.css";
import "@fullcalendar/react/themes/classic/palette.css";
import {
  clockTime,
  localDateOf,
  localDatesCovered,
  mondayOf,
  plusDays,
  timeRangeInZone,
} from "../../../lib/zoned-time";
import type { RosterShift } from "./roster-view";
import { describeTimeOffRange, type ApprovedTimeOff } from "./time-off-view";

export interface ShiftMove {
  shift: RosterShift;
  startUtc: string;
  endUtc: string;
  revert: () => void;
}

const plugins = [classicThemePlugin, timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin];

/**
 * Approved time off as all-day bars in a "Time off" lane, one per agent, over the local days (in the
 * display zone) it touches; the exact range is in the text for tooltips and screen readers.
 */
function timeOffEvents(requests: ApprovedTimeOff[], timeZone: string): EventInput[] {
  return requests.map((request) => {
    const days = localDatesCovered(request.startsAt, request.endsAt, timeZone);
    return {
      id: `time-off-${request.id}`,
      title: `Off · ${request.agentName}`,
      start: days[0],
      end: plusDays(days.at(-1)!, 1),
      allDay: true,
      editable: false,
      color: "#e2e8f0",
      contrastColor: "#1e293b",
      className: "time-off-event",
      extendedProps: { timeOff: request },
    };
  });
}

function TimeOffContent({ request, timeZone }: { request: ApprovedTimeOff; timeZone: string }) {
  const range = describeTimeOffRange(request, timeZone);
  return (
    <div className="time-off-event__text" title={`${request.agentName} off ${range}: ${request.reason}`}>
      <strong>Off</strong> {request.agentName}
      <span className="visually-hidden">, {range}</span>
    </div>
  );
}

function ShiftContent({ info, timeZone }: { info: EventDisplayInfo; timeZone: string }) {
  const timeOff = info.event.extendedProps.timeOff as ApprovedTimeOff | undefined;
  if (timeOff) return <TimeOffContent request={timeOff} timeZone={timeZone} />;
  const shift = info.event.extendedProps.shift as RosterShift;
  const range = timeRangeInZone(shift.startUtc, shift.endUtc, timeZone);
  const breaks = shift.breaks
    .map((item) => `${item.kind === "lunch" ? "lunch" : "break"} ${clockTime(item.startUtc, timeZone)}`)
    .join(", ");
  return (
    <div className={info.view.type.startsWith("timeGrid") ? "shift-event shift-event--block" : "shift-event"}>
      <span className="shift-event__time">
        {range.text}
        {range.dayShift > 0 ? " +1" : ""}
      </span>{" "}
      <strong>{shift.agentName}</strong>
      {breaks && <div className="shift-event__breaks">{breaks}</div>}
    </div>
  );
}

/**
 * The roster on FullCalendar 7's free views. FullCalendar places events in `timeZone` itself (named
 * zones are built in through Temporal); the text inside each event is formatted from the UTC
 * instants into the same zone by our own helper.
 */
export function RosterCalendar({
  shifts,
  timeOff,
  timeZone,
  weekMonday,
  colourOf,
  isEditable,
  onWeekChange,
  onMove,
  periodStartUtc,
  periodEndUtc,
}: {
  shifts: RosterShift[];
  timeOff: ApprovedTimeOff[];
  timeZone: string;
  weekMonday: string;
  colourOf: (shift: RosterShift) => string;
  isEditable: boolean;
  onWeekChange: (mondayIsoDate: string) => void;
  onMove: (move: ShiftMove) => void;
  periodStartUtc: string;
  periodEndUtc: string;
}) {
  const calendar = useRef<CalendarRef>(null);
  const events = useMemo<EventInput[]>(
    () => [
      ...timeOffEvents(timeOff, timeZone),
      ...shifts.map((shift) => {
        const colour = colourOf(shift);
        return {
          id: shift.id,
          title: shift.agentName,
          start: shift.startUtc,
          end: shift.endUtc,
          color: colour,
          contrastColor: "#ffffff",
          extendedProps: { shift },
        };
      }),
    ],
    [shifts, timeOff, timeZone, colourOf],
  );

  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    const shown = mondayOf(localDateOf(api.view.currentStart, timeZone));
    if (shown !== weekMonday && api.view.type !== "dayGridMonth") api.gotoDate(weekMonday);
  }, [weekMonday, timeZone]);

  const move = (info: Pick<EventDropInfo, "event" | "revert">) => {
    const shift = info.event.extendedProps.shift as RosterShift | undefined;
    if (!shift || !info.event.start || !info.event.end) return info.revert();
    onMove({
      shift,
      startUtc: new Date(info.event.startStr).toISOString(),
      endUtc: new Date(info.event.endStr).toISOString(),
      revert: info.revert,
    });
  };

  return (
    <div className="roster-calendar">
      <FullCalendar
        ref={calendar}
        plugins={plugins}
        timeZone={timeZone}
        initialView="timeGridWeek"
        initialDate={weekMonday}
        firstDay={1}
        headerToolbar={{ start: "prev,next", center: "title", end: "timeGridWeek,timeGridDay,dayGridMonth,listWeek" }}
        buttons={{
          timeGridWeek: { text: "Week" },
          timeGridDay: { text: "Day" },
          dayGridMonth: { text: "Month" },
          listWeek: { text: "List" },
        }}
        validRange={{ start: periodStartUtc, end: periodEndUtc }}
        eventTimeFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        slotHeaderFormat={{ hour: "2-digit", minute: "2-digit", hour12: false }}
        allDaySlot
        allDayText="Time off"
        height={720}
        scrollTime="06:00:00"
        eventMaxStack={3}
        dayMaxEvents={4}
        editable={isEditable}
        eventDurationEditable={isEditable}
        snapDuration="00:15:00"
        events={events}
        eventContent={(info) => <ShiftContent info={info} timeZone={timeZone} />}
        eventDrop={move}
        eventResize={move}
        datesSet={(info) => {
          if (info.view.type === "dayGridMonth") return;
          const monday = mondayOf(localDateOf(info.view.currentStart, timeZone));
          if (monday !== weekMonday) onWeekChange(monday);
        }}
      />
    </div>
  );
}
