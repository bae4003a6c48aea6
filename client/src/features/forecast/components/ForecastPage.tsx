import { useSearchParams } from "react-router";
import { NextStep } from "../../../components/ui/NextStep";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { currentOffsetLabel } from "../../../lib/zoned-time";
import { useQueues } from "../api/queries";
import { QueueForecast } from "./QueueForecast";

/** Forecast page: pick a queue, import its history, forecast it and see how accurate that is. */
export function ForecastPage() {
  const queues = useQueues();
  const [search, setSearch] = useSearchParams();
  const list = queues.data?.queues ?? [];
  const selected = list.find((queue) => queue.id === search.get("queue")) ?? list[0];

  return (
    <>
      <PageHeader
        title="Forecast"
        subtitle="Volume and handle time per interval in the queue's own time zone, with the backtested accuracy of every forecast."
        actions={
          list.length > 0 && (
            <>
              <label className="toolbar">
                Queue
                <select value={selected?.id} onChange={(event) => setSearch({ queue: event.target.value })}>
                  {list.map((queue) => (
                    <option key={queue.id} value={queue.id}>
                      {queue.name} ({queue.timeZone}, {currentOffsetLabel(queue.timeZone)})
                    </option>
                  ))}
                </select>
              </label>
              <NextStep to="/roster" label="Next: generate a roster" />
            </>
          )
        }
      />
      {queues.isPending && <Loading label="Loading queues…" />}
      {queues.isError && <ErrorState error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data && list.length === 0 && (
        <EmptyState title="No queues yet.">Create a queue on the Queues page or through the API first.</EmptyState>
      )}
      {selected && <QueueForecast key={selected.id} queue={selected} />}
    </>
  );
}
