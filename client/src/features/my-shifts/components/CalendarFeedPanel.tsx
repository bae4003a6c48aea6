import { CopyField } from "../../../components/ui/CopyField";
import { ErrorState, Loading } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useCalendarFeed, useRevokeCalendarFeed, useRotateCalendarFeed } from "../api/queries";

/** Subscribe from any calendar app: the secret URL is shown once (only its hash is kept), and can be replaced or revoked. */
export function CalendarFeedPanel({ timeZone }: { timeZone: string }) {
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const isActive = feed.data?.isActive ?? false;
  const shownUrl = rotate.data && isActive && !revoke.isSuccess ? rotate.data.url : null;
  return (
    <section className="panel" aria-labelledby="feed-title">
      <h2 id="feed-title">Subscribe in your calendar</h2>
      <p className="small">
        Add your published shifts and breaks (4 weeks back, 12 ahead) to Google Calendar, Outlook or Apple Calendar with
        a private link. Calendar apps fetch it on their own clock — Google every few hours, others hourly or daily — so
        a change can take that long to appear there; this page is always current.
      </p>
      {feed.isPending && <Loading label="Checking your calendar link…" />}
      {feed.isError && <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />}
      {feed.data && (
        <p className="small muted" role="status">
          {isActive
            ? `A link is active, made ${feed.data.createdAt ? formatInZone(feed.data.createdAt, timeZone, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) : ""}${feed.data.lastFetchedAt ? `, last fetched ${formatInZone(feed.data.lastFetchedAt, timeZone, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}` : ", not fetched yet"}.`
            : "No calendar link yet."}
        </p>
      )}
      {shownUrl && (
        <>
          <CopyField label="Your private calendar link" value={shownUrl} />
          <p className="notice notice--warn small">
            Copy it now: it is shown only once. Anyone with the link can read your shifts.
          </p>
        </>
      )}
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={rotate.isPending}
          onClick={() => {
            revoke.reset();
            rotate.mutate();
          }}
        >
          {isActive ? "Make a new link (the old one stops working)" : "Create my calendar link"}
        </button>
        {isActive && (
          <button type="button" className="button" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            Revoke link
          </button>
        )}
      </div>
      {(rotate.isError || revoke.isError) && <ErrorState error={rotate.error ?? revoke.error} />}
    </section>
  );
}
