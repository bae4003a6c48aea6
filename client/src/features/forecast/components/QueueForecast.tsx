import { useState } from "react";
import type { QueueDto } from "../../../../../api/contracts/queues";
import { planningRoles } from "../../../../../api/contracts/roles";
import { EmptyState, ErrorState, Loading } from "../../../components/ui/states";
import { useSessionUser } from "../../../lib/session";
import { formatInZone, localDateOf, plusDays } from "../../../lib/zoned-time";
import { useForecast, useForecasts, useHistory, useSpecialDays } from "../api/queries";
import { AccuracyCard } from "./AccuracyCard";
import { CreateForecastForm } from "./CreateForecastForm";
import { ForecastChart } from "./ForecastChart";
import { ForecastOverrides } from "./ForecastOverrides";
import { HistoryUpload } from "./HistoryUpload";
import { SpecialDaysPanel } from "./SpecialDaysPanel";

const ZOOMS = [
  { label: "Week", days: 7 },
  { label: "Month", days: 31 },
  { label: "Quarter", days: 91 },
  { label: "Year", days: 364 },
] as const;

/** Everything about one queue's forecast: upload, create, chart with zoom, planner overrides, accuracy, special days. */
export function QueueForecast({ queue }: { queue: QueueDto }) {
  // The app routes every page for every role and the navigation hides this one from the others; the
  // override endpoint takes the planning roles (its contract's default), so only they see the panel.
  const canOverride = planningRoles.includes(useSessionUser().role);
  const [spanDays, setSpanDays] = useState<number>(31);
  const granularity = spanDays <= 31 ? "interval" : "day";
  const summary = useForecasts(queue.id);
  const latest = summary.data?.forecasts[0] ?? null;
  const anchor = latest?.startDate ?? localDateOf(new Date(), queue.timeZone);
  const forecastTo =
    latest && plusDays(anchor, spanDays) > latest.endDate ? latest.endDate : plusDays(anchor, spanDays);
  const detail = useForecast(queue.id, latest?.id, granularity, anchor, forecastTo);
  const history = useHistory(queue.id, granularity, plusDays(anchor, -spanDays), anchor);
  const specialDays = useSpecialDays(queue.id);
  const days = specialDays.data?.specialDays ?? [];
  const chartFrom = plusDays(anchor, -spanDays);
  const chartTo = latest ? forecastTo : anchor;
  const visibleDays = days.filter((day) => day.localDate >= chartFrom && day.localDate < chartTo);

  return (
    <>
      <HistoryUpload
        queueId={queue.id}
        queueName={queue.name}
        timeZone={queue.timeZone}
        intervalMinutes={queue.intervalMinutes}
      />
      <CreateForecastForm queueId={queue.id} latest={latest} />
      <section className="panel" aria-labelledby="forecast-chart-title">
        <header className="card__header">
          <h2 id="forecast-chart-title">History and forecast</h2>
          <div className="row" role="group" aria-label="Zoom">
            {ZOOMS.map((zoom) => (
              <button
                key={zoom.label}
                type="button"
                className="button button--small"
                aria-pressed={spanDays === zoom.days}
                disabled={spanDays === zoom.days}
                onClick={() => setSpanDays(zoom.days)}
              >
                {zoom.label}
              </button>
            ))}
          </div>
        </header>
        {latest && (
          <p className="muted small">
            Latest forecast: {latest.horizonDays} days from {latest.startDate}, made{" "}
            {formatInZone(latest.createdAt, queue.timeZone, {
              day: "numeric",
              month: "short",
              year: "numeric",
              hour: "2-digit",
              minute: "2-digit",
            })}{" "}
            ({queue.timeZone}).
            {latest.specialDays.length > 0 &&
              ` Special days applied: ${latest.specialDays.map((day) => `${day.label} ${day.localDate}`).join(", ")}.`}
          </p>
        )}
        {summary.isPending || (latest !== null && detail.isPending) || history.isPending ? (
          <Loading label="Loading history and forecast…" />
        ) : summary.isError || detail.isError || history.isError ? (
          <ErrorState
            error={summary.error ?? detail.error ?? history.error}
            onRetry={() => void Promise.all([summary.refetch(), detail.refetch(), history.refetch()])}
          />
        ) : history.data.points.length === 0 && !latest ? (
          <EmptyState title="No history yet.">Import a history file above, then create a forecast.</EmptyState>
        ) : (
          <>
            {!latest && <p className="muted">No forecast yet for this queue: create one above.</p>}
            <ForecastChart
              queueName={queue.name}
              timeZone={queue.timeZone}
              spanDays={spanDays}
              history={history.data.points}
              intervalMinutes={queue.intervalMinutes}
              isDaily={granularity === "day"}
              forecast={detail.data ?? null}
              specialDays={visibleDays}
            />
          </>
        )}
      </section>
      {latest && canOverride && <ForecastOverrides key={latest.id} queue={queue} forecast={latest} />}
      {latest && <AccuracyCard forecast={latest} />}
      {specialDays.isError ? (
        <ErrorState error={specialDays.error} />
      ) : (
        <SpecialDaysPanel queueId={queue.id} specialDays={days} />
      )}
    </>
  );
}
