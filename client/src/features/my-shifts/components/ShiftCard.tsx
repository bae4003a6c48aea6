import type { z } from "zod";
import type { publishedShift } from "../../../../../api/contracts/schedules";
import { describeShift } from "./shift-text";

export type PublishedShift = z.infer<typeof publishedShift>;

/** `isChanged`: an unread message says this shift is new or moved, so it is marked until the agent has read it. */
export function ShiftCard({
  shift,
  timeZone,
  showDay = true,
  isChanged = false,
}: {
  shift: PublishedShift;
  timeZone: string;
  showDay?: boolean;
  isChanged?: boolean;
}) {
  const text = describeShift(shift, timeZone);
  return (
    <article
      className={isChanged ? "shift-card shift-card--changed" : "shift-card"}
      aria-label={`${text.day} ${text.time}${isChanged ? " (changed)" : ""}`}
    >
      {isChanged && <div className="shift-card__changed">Changed</div>}
      {showDay && <div className="shift-card__day">{text.day}</div>}
      <div className="shift-card__time">
        {text.time}
        {text.endsNextDay && <span className="shift-card__next-day"> (ends next day)</span>}
      </div>
      <div className="shift-card__queue">{shift.queues.map((queue) => queue.name).join(" + ")}</div>
      {text.breaks.length > 0 && (
        <ul className="shift-card__breaks" aria-label="Breaks">
          {text.breaks.map((item) => (
            <li key={item.label + item.time}>
              {item.label} {item.time}
            </li>
          ))}
        </ul>
      )}
      <div className="muted small">
        {text.length}, {text.paid} paid
      </div>
    </article>
  );
}
