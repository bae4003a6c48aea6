import type { TimeOffRequestDto } from "../../../../../api/contracts/time-off";
import { clockTime, dayLabel, localDateOf, localDatesCovered } from "../../../lib/zoned-time";

/** "Mon 2 Mar – Tue 3 Mar" for whole local days, else with the times, all in `timeZone`. */
export function describeTimeOff(request: TimeOffRequestDto, timeZone: string): string {
  const days = localDatesCovered(request.startsAt, request.endsAt, timeZone);
  const startClock = clockTime(request.startsAt, timeZone);
  const endClock = clockTime(request.endsAt, timeZone);
  const isWholeDays = startClock === "00:00" && endClock === "00:00";
  if (isWholeDays)
    return days.length === 1 ? `${dayLabel(days[0]!)}, all day` : `${dayLabel(days[0]!)} – ${dayLabel(days.at(-1)!)}`;
  return `${dayLabel(localDateOf(request.startsAt, timeZone))} ${startClock} – ${dayLabel(localDateOf(request.endsAt, timeZone))} ${endClock}`;
}

/** Approved time off on the agent's own calendar: the whole range, or what it means for one day. */
export function TimeOffCard({
  request,
  timeZone,
  day,
}: {
  request: TimeOffRequestDto;
  timeZone: string;
  day?: string;
}) {
  const days = localDatesCovered(request.startsAt, request.endsAt, timeZone);
  const from =
    day === days[0] && clockTime(request.startsAt, timeZone) !== "00:00" ? clockTime(request.startsAt, timeZone) : null;
  const until =
    day === days.at(-1) && clockTime(request.endsAt, timeZone) !== "00:00" ? clockTime(request.endsAt, timeZone) : null;
  const partial =
    day === undefined
      ? describeTimeOff(request, timeZone)
      : from && until
        ? `${from}–${until}`
        : from
          ? `from ${from}`
          : until
            ? `until ${until}`
            : "all day";
  return (
    <article className="time-off-card" aria-label={`Time off ${describeTimeOff(request, timeZone)}`}>
      <div className="time-off-card__title">
        Time off <span className="time-off-card__when">{partial}</span>
      </div>
      <div className="muted small">{request.reason}</div>
    </article>
  );
}
