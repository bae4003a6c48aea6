import { ErrorState, Loading } from "../../../components/ui/states";
import { useNotificationPreferences, useSetNotificationPreferences } from "../api/queries";

/** Where an agent is told of changes to their shifts: in the app, by e-mail (the calendar link is on My shifts). */
export function NotificationChannels() {
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  if (preferences.isPending) return <Loading label="Loading your notification channels…" />;
  if (preferences.isError) return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  const current = save.data ?? preferences.data;
  return (
    <section className="panel" aria-labelledby="channels-title">
      <h2 id="channels-title">Changes to my shifts</h2>
      <p className="muted">
        When a planner changes your published shifts you get one message per change, with your old and new times and
        why. Your calendar link (on My shifts) updates the events themselves.
      </p>
      <label className="row">
        <input
          type="checkbox"
          checked={current.inApp}
          disabled={save.isPending}
          onChange={(event) => save.mutate({ ...current, inApp: event.target.checked })}
        />
        In the app (with an unread count on My shifts)
      </label>
      <label className="row">
        <input
          type="checkbox"
          checked={current.email}
          disabled={save.isPending}
          onChange={(event) => save.mutate({ ...current, email: event.target.checked })}
        />
        By e-mail
      </label>
      {save.isError && <ErrorState error={save.error} />}
    </section>
  );
}
