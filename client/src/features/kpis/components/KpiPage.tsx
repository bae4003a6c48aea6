import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { z } from "zod";
import type { listQueues } from "../../../../../api/contracts/queues";
import { Chart } from "../../../components/ui/Chart";
import { EmptyState, ErrorState, Loading, PageHeader } from "../../../components/ui/states";
import { DAYS_PER_WEEK } from "../../../../../api/contracts/durations";
import { currentOffsetLabel, localDateOf, mondayOf, plusDays, wallClockUtc } from "../../../lib/zoned-time";
import { kpiExportUrl, useKpiQueues, useKpis, useReforecast } from "../api/queries";
import { reforecastOption, serviceLevelOption, staffingStripOption, weeklyTrendOption } from "./kpi-charts";

type QueueDto = z.infer<typeof listQueues.response>["queues"][number];

const WEEKS = 8;

/** The 8 weeks before this week's Monday in the queue's zone, and the last weekday before it (the day shown per interval). */
function defaultRange(timeZone: string) {
  const monday = mondayOf(localDateOf(new Date(), timeZone));
  return { from: plusDays(monday, -WEEKS * DAYS_PER_WEEK), to: monday, day: plusDays(monday, -3) };
}

function QueueKpis({ queue }: { queue: QueueDto }) {
  const range = useMemo(() => defaultRange(queue.timeZone), [queue.timeZone]);
  const [day, setDay] = useState(range.day);
  const nextDay = plusDays(day, 1);
  const asOf = wallClockUtc(day, "12:00", queue.timeZone);
  const intervals = useKpis(queue.id, "interval", day, nextDay);
  const weeks = useKpis(queue.id, "week", range.from, range.to);
  const reforecast = useReforecast(queue.id, asOf);
  const slOption = useMemo(() => (intervals.data ? serviceLevelOption(intervals.data) : null), [intervals.data]);
  const stripOption = useMemo(() => (intervals.data ? staffingStripOption(intervals.data) : null), [intervals.data]);
  const trendOption = useMemo(() => (weeks.data ? weeklyTrendOption(weeks.data) : null), [weeks.data]);
  const reforecastChart = useMemo(
    () => (reforecast.data ? reforecastOption(reforecast.data) : null),
    [reforecast.data],
  );
  return (
    <>
      <div className="toolbar">
        <label>
          Day
          <input
            type="date"
            value={day}
            min={range.from}
            max={range.day}
            onChange={(event) => event.target.value && setDay(event.target.value)}
          />
        </label>
        <a className="button" href={kpiExportUrl(queue.id, "interval", range.from, range.to)} download>
          Export CSV
        </a>
        {intervals.data && <span>Service level counts abandons as: {intervals.data.serviceLevelAbandonRule}</span>}
      </div>
      <section className="card">
        <h2>Service level per interval, {day}</h2>
        {intervals.isPending && <Loading label="Loading KPIs…" />}
        {intervals.isError && <ErrorState error={intervals.error} onRetry={() => void intervals.refetch()} />}
        {slOption && <Chart option={slOption} label={`Service level per interval on ${day} against target`} />}
      </section>
      <section className="card">
        <h2>Required vs actual need vs scheduled (agents)</h2>
        {stripOption && (
          <Chart
            option={stripOption}
            height={220}
            label={`Required, actually needed and scheduled agents per interval on ${day}`}
          />
        )}
      </section>
      <section className="card">
        <h2>Original vs re-forecast from the morning (as of 12:00)</h2>
        {reforecast.isPending && <Loading label="Re-forecasting…" />}
        {reforecast.isError && <ErrorState error={reforecast.error} onRetry={() => void reforecast.refetch()} />}
        {reforecast.data && (
          <p>
            Observed{" "}
            {reforecast.data.observedRatio === null ? "–" : `${Math.round(reforecast.data.observedRatio * 100)} %`} of
            the day-ahead forecast so far; weight {reforecast.data.weight.toFixed(2)} learned on{" "}
            {reforecast.data.backtestDayCount} past days; rest of the day × {reforecast.data.multiplier.toFixed(3)}.
          </p>
        )}
        {reforecastChart && (
          <Chart option={reforecastChart} label={`Day-ahead forecast and re-forecast for the rest of ${day}`} />
        )}
      </section>
      <section className="card">
        <h2>Weekly trends, last {WEEKS} weeks</h2>
        {weeks.isPending && <Loading label="Loading weekly KPIs…" />}
        {weeks.isError && <ErrorState error={weeks.error} onRetry={() => void weeks.refetch()} />}
        {trendOption && (
          <Chart option={trendOption} label="Weekly service level, abandonment, forecast error and occupancy" />
        )}
      </section>
    </>
  );
}

/** KPI page: how the plan compared with what happened, per interval of a day and per week, and today's re-forecast. */
export function KpiPage() {
  const queues = useKpiQueues();
  const [search, setSearch] = useSearchParams();
  const list = queues.data?.queues ?? [];
  const selected = list.find((queue) => queue.id === search.get("queue")) ?? list[0];
  return (
    <>
      <PageHeader
        title="KPIs"
        subtitle="Service level, staffing and forecast accuracy against what actually happened, in the queue's own time zone."
        actions={
          list.length > 0 && (
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
          )
        }
      />
      {queues.isPending && <Loading label="Loading queues…" />}
      {queues.isError && <ErrorState error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data && list.length === 0 && (
        <EmptyState title="No queues yet.">Create a queue on the Queues page first.</EmptyState>
      )}
      {selected && <QueueKpis key={selected.id} queue={selected} />}
    </>
  );
}
