import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { ViewToggle } from "../../../components/ui/ViewToggle";
import { ZoneSwitcher } from "../../../components/ui/ZoneSwitcher";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { useSessionUser } from "../../../lib/session";
import {
  dayLabel,
  localDateOf,
  localDatesCovered,
  localMidnightUtc,
  mondayOf,
  MS_PER_DAY,
  MS_PER_HOUR,
  plusDays,
  weekDates,
} from "../../../lib/zoned-time";
import type { TimeOffRequestDto } from "../../../../../api/contracts/time-off";
import { useMyApprovedTimeOff, useMyNotifications, useMyShifts } from "../api/queries";
import { NotificationsPanel } from "./NotificationsPanel";
import { CalendarFeedPanel } from "./CalendarFeedPanel";
import { ShiftCard, type PublishedShift } from "./ShiftCard";
import { describeShift, startsIn } from "./shift-text";
import { TimeOffCard } from "./TimeOffCard";

type View = "week" | "list";
const listWeeks = 4;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function NextShift({ timeZone }: { timeZone: string }) {
  const [nowMs] = useState(() => Date.now());
  const from = new Date(nowMs - 16 * MS_PER_HOUR).toISOString();
  const to = new Date(nowMs + 60 * MS_PER_DAY).toISOString();
  const shifts = useMyShifts(from, to, timeZone);
  if (shifts.isPending) return <Loading label="Finding your next shift…" />;
  if (shifts.isError) return <ErrorState error={shifts.error} onRetry={() => void shifts.refetch()} />;
  const next = shifts.data.shifts.find((shift) => Date.parse(shift.endUtc) > nowMs);
  if (!next)
    return (
      <section className="next-shift next-shift--none" aria-label="Next shift">
        <strong>No upcoming shift published</strong> in the next 60 days.
      </section>
    );
  const text = describeShift(next, timeZone);
  return (
    <section className="next-shift" aria-labelledby="next-shift-title">
      <h2 id="next-shift-title">
        Next shift <span className="next-shift__when">{startsIn(next.startUtc, next.endUtc, nowMs)}</span>
      </h2>
      <div className="next-shift__day">{text.day}</div>
      <div className="next-shift__time">
        {text.time}
        {text.endsNextDay ? <span className="small"> (ends next day)</span> : null}
      </div>
      <div>{next.queues.map((queue) => queue.name).join(" + ")}</div>
      {text.breaks.length > 0 && (
        <div className="small">{text.breaks.map((item) => `${item.label} ${item.time}`).join(" · ")}</div>
      )}
    </section>
  );
}

function WeekView({
  shifts,
  timeOff,
  weekMonday,
  timeZone,
  changedKeys,
}: {
  shifts: PublishedShift[];
  timeOff: TimeOffRequestDto[];
  weekMonday: string;
  timeZone: string;
  changedKeys: Set<string>;
}) {
  return (
    <ol className="my-week" aria-label={`Week of ${dayLabel(weekMonday)}`}>
      {weekDates(weekMonday).map((day) => {
        const dayShifts = shifts.filter((shift) => localDateOf(shift.startUtc, timeZone) === day);
        const dayOff = timeOff.filter((request) =>
          localDatesCovered(request.startsAt, request.endsAt, timeZone).includes(day),
        );
        return (
          <li key={day} className={dayOff.length > 0 ? "my-week__day my-week__day--off" : "my-week__day"}>
            <h3>{dayLabel(day)}</h3>
            {dayOff.map((request) => (
              <TimeOffCard key={request.id} request={request} timeZone={timeZone} day={day} />
            ))}
            {dayShifts.length === 0 && dayOff.length === 0 && <p className="muted small">Off</p>}
            {dayShifts.map((shift) => (
              <ShiftCard
                key={shift.id}
                shift={shift}
                timeZone={timeZone}
                showDay={false}
                isChanged={changedKeys.has(shift.shiftKey)}
              />
            ))}
          </li>
        );
      })}
    </ol>
  );
}

/** An agent's own published shifts in their zone (or any other), the next one first; works on a 390-px phone. */
export function MyShiftsPage() {
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const [timeZone, setTimeZone] = useState(user.effectiveTimeZone);
  const [view, setView] = useState<View>("week");
  const weekParam = search.get("week");
  const weekMonday =
    weekParam && isoDatePattern.test(weekParam) ? mondayOf(weekParam) : mondayOf(localDateOf(new Date(), timeZone));
  const from = localMidnightUtc(weekMonday, timeZone);
  const to = localMidnightUtc(plusDays(weekMonday, 7 * listWeeks), timeZone);
  const shifts = useMyShifts(from, to, timeZone);
  const approvedTimeOff = useMyApprovedTimeOff();
  const notifications = useMyNotifications();
  // Shifts an unread message added or moved are marked until it is read.
  const changedKeys = useMemo(
    () =>
      new Set(
        (notifications.data?.notifications ?? [])
          .filter((item) => item.readAt === null)
          .flatMap((item) => item.shifts.filter((shift) => shift.after !== null).map((shift) => shift.shiftKey)),
      ),
    [notifications.data],
  );
  const unreadCount = notifications.data?.unreadCount ?? 0;
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const timeOff = useMemo(
    () =>
      (approvedTimeOff.data ?? [])
        .filter((request) => Date.parse(request.endsAt) > fromMs && Date.parse(request.startsAt) < toMs)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    [approvedTimeOff.data, fromMs, toMs],
  );
  const weekEndMs = Date.parse(localMidnightUtc(plusDays(weekMonday, 7), timeZone));
  const weekShifts = useMemo(
    () => (shifts.data?.shifts ?? []).filter((shift) => Date.parse(shift.startUtc) < weekEndMs),
    [shifts.data, weekEndMs],
  );
  // Another week's shifts stay on screen as placeholder data while this week loads; never show them as this week's.
  const isFresh = shifts.data !== undefined && !shifts.isPlaceholderData;
  const goToWeek = (monday: string) => setSearch({ week: monday });
  const workZone = shifts.data?.agentTimeZone;
  const choices = [
    { label: "My zone", timeZone: user.effectiveTimeZone },
    ...(workZone && workZone !== user.effectiveTimeZone ? [{ label: "Work zone", timeZone: workZone }] : []),
  ];

  return (
    <div className="my-shifts">
      <PageHeader title="My shifts" subtitle={`Published shifts, times in ${timeZone}.`} />
      {unreadCount > 0 && (
        <p className="notice notice--warn unread-count" role="status">
          {unreadCount === 1 ? "1 unread change to your shifts" : `${unreadCount} unread changes to your shifts`}
        </p>
      )}
      {notifications.data && (
        <NotificationsPanel
          notifications={notifications.data.notifications}
          unreadCount={unreadCount}
          timeZone={timeZone}
        />
      )}
      <NextShift timeZone={timeZone} />
      <div className="toolbar my-shifts__controls">
        <ZoneSwitcher value={timeZone} onChange={setTimeZone} choices={choices} />
        <ViewToggle
          label="Shifts view"
          value={view}
          onChange={setView}
          options={[
            { value: "week", label: "Week" },
            { value: "list", label: "List" },
          ]}
        />
      </div>
      <div className="row my-shifts__nav">
        <button
          type="button"
          className="button"
          onClick={() => goToWeek(plusDays(weekMonday, -7))}
          aria-label="Previous week"
        >
          ←
        </button>
        <label>
          Week of
          <input
            type="date"
            value={weekMonday}
            onChange={(event) => event.target.value && goToWeek(mondayOf(event.target.value))}
          />
        </label>
        <button
          type="button"
          className="button"
          onClick={() => goToWeek(plusDays(weekMonday, 7))}
          aria-label="Next week"
        >
          →
        </button>
        <button type="button" className="button" onClick={() => setSearch({})}>
          This week
        </button>
      </div>
      {(shifts.isPending || shifts.isPlaceholderData) && <Loading label="Loading your shifts…" />}
      {shifts.isError && <ErrorState error={shifts.error} onRetry={() => void shifts.refetch()} />}
      {isFresh && view === "week" && (
        <WeekView
          shifts={weekShifts}
          timeOff={timeOff}
          weekMonday={weekMonday}
          timeZone={timeZone}
          changedKeys={changedKeys}
        />
      )}
      {approvedTimeOff.isError && (
        <p className="notice notice--warn">
          Your approved time off could not be loaded: {approvedTimeOff.error.message}
        </p>
      )}
      {view === "list" && timeOff.length > 0 && (
        <section className="my-time-off" aria-labelledby="my-time-off-title">
          <h2 id="my-time-off-title">Approved time off</h2>
          {timeOff.map((request) => (
            <TimeOffCard key={request.id} request={request} timeZone={timeZone} />
          ))}
        </section>
      )}
      {isFresh &&
        view === "list" &&
        (shifts.data.shifts.length === 0 ? (
          <EmptyState title={`No published shifts in the ${listWeeks} weeks from ${dayLabel(weekMonday)}.`} />
        ) : (
          <div className="my-list" aria-label={`Shifts in the ${listWeeks} weeks from ${dayLabel(weekMonday)}`}>
            {shifts.data.shifts.map((shift) => (
              <ShiftCard key={shift.id} shift={shift} timeZone={timeZone} isChanged={changedKeys.has(shift.shiftKey)} />
            ))}
          </div>
        ))}
      <CalendarFeedPanel timeZone={timeZone} />
    </div>
  );
}
