import { useId, useState } from "react";
import type { ForecastSummary } from "../../../../../api/contracts/forecasts";
import type { QueueDto } from "../../../../../api/contracts/queues";
import { ErrorState, Loading } from "../../../components/ui/states";
import { dayLabel, plusDays } from "../../../lib/zoned-time";
import { useForecast } from "../api/queries";
import { DailyTotalsTable } from "./DailyTotalsTable";
import { DayIntervalsTable } from "./DayIntervalsTable";
import { ScaleDayForm } from "./ScaleDayForm";
import { SetIntervalForm } from "./SetIntervalForm";
import { formatVolume, isChanged } from "./volumes";

/**
 * A planner's changes to the latest forecast for what history cannot know (a campaign, an outage):
 * pick a local day from the daily totals, then scale it or set one of its intervals. The computed
 * values are kept and shown beside the planner's, in the tables and as a dashed line on the chart.
 */
export function ForecastOverrides({ queue, forecast }: { queue: QueueDto; forecast: ForecastSummary }) {
  const dayPickerId = useId();
  const [localDate, setLocalDate] = useState(forecast.startDate);
  const totals = useForecast(queue.id, forecast.id, "day", forecast.startDate, forecast.endDate);
  const day = useForecast(queue.id, forecast.id, "interval", localDate, plusDays(localDate, 1));
  const dayTotal = totals.data?.dailyTotals.find((total) => total.localDate === localDate);

  return (
    <section className="panel" aria-labelledby="overrides-title">
      <h2 id="overrides-title">Planner overrides</h2>
      <p className="muted small">
        Days are local days in {queue.timeZone}. Staffing requirements and new rosters use the overridden values; the
        computed ones are kept and shown as “before”.
      </p>
      {totals.isPending ? (
        <Loading label="Loading daily totals…" />
      ) : totals.isError ? (
        <ErrorState error={totals.error} onRetry={() => void totals.refetch()} />
      ) : (
        <>
          <div className="toolbar">
            <label htmlFor={dayPickerId}>Day</label>
            <select id={dayPickerId} value={localDate} onChange={(event) => setLocalDate(event.target.value)}>
              {totals.data.dailyTotals.map((total) => (
                <option key={total.localDate} value={total.localDate}>
                  {dayLabel(total.localDate)} · {formatVolume(total.expected)} contacts
                  {isChanged(total.expected, total.originalExpected)
                    ? ` (was ${formatVolume(total.originalExpected)})`
                    : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="card-grid card-grid--two">
            {dayTotal && <ScaleDayForm queueId={queue.id} forecastId={forecast.id} day={dayTotal} />}
            {day.isPending ? (
              <Loading label={`Loading the intervals of ${dayLabel(localDate)}…`} />
            ) : day.isError ? (
              <ErrorState error={day.error} onRetry={() => void day.refetch()} />
            ) : (
              <SetIntervalForm
                key={localDate}
                queueId={queue.id}
                forecastId={forecast.id}
                timeZone={queue.timeZone}
                localDate={localDate}
                intervals={day.data.intervals}
              />
            )}
          </div>
          <div className="card-grid card-grid--two">
            <DailyTotalsTable totals={totals.data.dailyTotals} selectedDate={localDate} />
            {day.data && (
              <DayIntervalsTable localDate={localDate} timeZone={queue.timeZone} intervals={day.data.intervals} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
