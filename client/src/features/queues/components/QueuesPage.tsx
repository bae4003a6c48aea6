import { useState } from "react";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { currentOffsetLabel, localDateOf, MS_PER_WEEK } from "../../../lib/zoned-time";
import { useQueues } from "../api/queries";
import { QueueHistoryChart } from "./QueueHistoryChart";
import { slaSummary } from "./sla-summary";

export function QueuesPage() {
  const queues = useQueues();
  const [to] = useState(() => localDateOf(new Date(), "UTC"));
  const [from] = useState(() => localDateOf(new Date(Date.now() - 12 * MS_PER_WEEK), "UTC"));
  return (
    <>
      <PageHeader
        title="Queues"
        subtitle="Each queue plans in its own time zone, against its own service-level target."
      />
      {queues.isPending && <Loading label="Loading queues…" />}
      {queues.isError && <ErrorState error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data?.queues.length === 0 && (
        <EmptyState title="No queues yet.">
          Create one through the API (POST /api/queues) or run the demo seed.
        </EmptyState>
      )}
      <div className="card-grid">
        {queues.data?.queues.map((queue) => (
          <section key={queue.id} className="card" aria-labelledby={`queue-${queue.id}`}>
            <header className="card__header">
              <h2 id={`queue-${queue.id}`}>{queue.name}</h2>
              <span className={`badge badge--${queue.channel}`}>{queue.channel}</span>
            </header>
            <dl className="facts">
              <div>
                <dt>Time zone</dt>
                <dd>
                  {queue.timeZone} <span className="muted">({currentOffsetLabel(queue.timeZone)})</span>
                </dd>
              </div>
              <div>
                <dt>Target</dt>
                <dd>{slaSummary(queue)}</dd>
              </div>
              <div>
                <dt>Intervals</dt>
                <dd>{queue.intervalMinutes} min</dd>
              </div>
              <div>
                <dt>AHT</dt>
                <dd>
                  {queue.ahtSeconds} s{queue.concurrency ? ` at ${queue.concurrency} chats` : ""}
                </dd>
              </div>
              <div>
                <dt>Shrinkage</dt>
                <dd>{Math.round(queue.shrinkage * 100)} %</dd>
              </div>
              {queue.maxOccupancy !== null && (
                <div>
                  <dt>Max occupancy</dt>
                  <dd>{Math.round(queue.maxOccupancy * 100)} %</dd>
                </div>
              )}
            </dl>
            <h3 className="card__subtitle">Contacts per day, last 12 weeks</h3>
            <QueueHistoryChart queueId={queue.id} queueName={queue.name} from={from} to={to} />
          </section>
        ))}
      </div>
    </>
  );
}
