import type { z } from "zod";
import type { notification } from "../../../../../api/contracts/notifications";
import { ErrorState } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useMarkNotificationsRead } from "../api/queries";

export type NotificationDto = z.infer<typeof notification>;

/** What changed in the agent's shifts, newest first: the message as sent (their zone, the reason, the planner's note). */
export function NotificationsPanel({
  notifications,
  unreadCount,
  timeZone,
}: {
  notifications: NotificationDto[];
  unreadCount: number;
  timeZone: string;
}) {
  const markRead = useMarkNotificationsRead();
  if (notifications.length === 0) return null;
  return (
    <section className="panel notifications" aria-labelledby="notifications-title">
      <div className="row">
        <h2 id="notifications-title">Changes to your shifts</h2>
        {unreadCount > 0 && (
          <button type="button" className="button" disabled={markRead.isPending} onClick={() => markRead.mutate()}>
            Mark all read
          </button>
        )}
      </div>
      <ul className="notifications__list">
        {notifications.slice(0, 5).map((item) => (
          <li key={item.id} className={item.readAt ? "notification" : "notification notification--unread"}>
            <strong>{item.subject}</strong>{" "}
            <span className="muted small">
              {formatInZone(item.createdAt, timeZone, {
                day: "numeric",
                month: "short",
                hour: "2-digit",
                minute: "2-digit",
                hourCycle: "h23",
              })}
            </span>
            <pre className="notification__body">{item.body}</pre>
          </li>
        ))}
      </ul>
      {markRead.isError && <ErrorState error={markRead.error} />}
    </section>
  );
}
