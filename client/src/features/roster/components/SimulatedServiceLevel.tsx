import { useMemo, useState } from "react";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { ErrorState } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useScheduleSimulation } from "../api/queries";
import type { CoverageEntry } from "./roster-view";
import { erlangByDay, simulationPoints, type SimulationPoint } from "./simulation-series";

const percent = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? "–" : `${(fraction * 100).toFixed(1)} %`;
const points100 = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10);
const label = (instant: string, timeZone: string) =>
  formatInZone(instant, timeZone, {
    weekday: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });

function bandOption(points: SimulationPoint[], timeZone: string): ChartOption {
  return {
    animation: false,
    grid: { left: 48, right: 24, top: 36, bottom: 56 },
    legend: { top: 0, data: ["Simulated SL", "95 % CI", "Erlang estimate"] },
    tooltip: {
      trigger: "axis",
      formatter: (items: { dataIndex: number }[]) => {
        const point = points[items[0]?.dataIndex ?? 0];
        if (!point) return "";
        return `${label(point.intervalStartUtc, timeZone)}<br/>Simulated ${percent(point.simulated)} (95 % CI ${percent(point.lower)}–${percent(point.upper)})<br/>Erlang estimate ${percent(point.erlang)}`;
      },
    },
    dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
    xAxis: {
      type: "category",
      data: points.map((point) => label(point.intervalStartUtc, timeZone)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: "value", name: "SL", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
    series: [
      // The band: an invisible base at the lower bound with the CI's width stacked on it.
      {
        name: "band-base",
        type: "line",
        stack: "ci",
        symbol: "none",
        lineStyle: { opacity: 0 },
        data: points.map((point) => points100(point.lower)),
      },
      {
        name: "95 % CI",
        type: "line",
        stack: "ci",
        symbol: "none",
        lineStyle: { opacity: 0 },
        areaStyle: { color: "#7aa5e6", opacity: 0.35 },
        itemStyle: { color: "#7aa5e6" },
        data: points.map((point) =>
          point.lower === null || point.upper === null ? null : Math.round((point.upper - point.lower) * 1000) / 10,
        ),
      },
      {
        name: "Simulated SL",
        type: "line",
        symbol: "none",
        lineStyle: { color: "#1d4ed8", width: 1.5 },
        itemStyle: { color: "#1d4ed8" },
        data: points.map((point) => points100(point.simulated)),
      },
      {
        name: "Erlang estimate",
        type: "line",
        symbol: "none",
        lineStyle: { color: "#007a5e", width: 1, type: "dashed" },
        itemStyle: { color: "#007a5e" },
        data: points.map((point) => points100(point.erlang)),
      },
    ],
  };
}

/**
 * Beside the coverage strip: the service level a discrete-event simulation of this version achieves
 * per interval (a band for its 95 % CI) and per day, next to the Erlang estimate of the coverage.
 */
export function SimulatedServiceLevel({
  scheduleId,
  versionNumber,
  coverage,
  queues,
  queueId,
  timeZone,
  fromMs,
  toMs,
}: {
  scheduleId: string;
  versionNumber: number;
  coverage: CoverageEntry[];
  queues: { id: string; name: string; timeZone: string }[];
  queueId: string;
  timeZone: string;
  fromMs: number;
  toMs: number;
}) {
  const simulation = useScheduleSimulation(scheduleId, versionNumber);
  const [chosenQueueId, setChosenQueueId] = useState(queues[0]?.id ?? "");
  const shownQueueId = queueId || chosenQueueId;
  const zoneOf = useMemo(() => new Map(queues.map((queue) => [queue.id, queue.timeZone])), [queues]);
  const nameOf = useMemo(() => new Map(queues.map((queue) => [queue.id, queue.name])), [queues]);
  const points = useMemo(
    () => (simulation.data ? simulationPoints(simulation.data, coverage, shownQueueId, fromMs, toMs) : []),
    [simulation.data, coverage, shownQueueId, fromMs, toMs],
  );
  const option = useMemo(() => bandOption(points, timeZone), [points, timeZone]);
  const erlangDays = useMemo(
    () => erlangByDay(coverage, (id) => zoneOf.get(id) ?? timeZone),
    [coverage, zoneOf, timeZone],
  );

  if (simulation.isPending)
    return (
      <section className="panel">
        <h2>Simulated service level</h2>
        <p className="muted" role="status">
          Simulating this roster… replications run until every day's service level is known within ±1 point.
        </p>
      </section>
    );
  if (simulation.isError)
    return (
      <section className="panel">
        <h2>Simulated service level</h2>
        <ErrorState error={simulation.error} onRetry={() => void simulation.refetch()} />
      </section>
    );
  const days = simulation.data.days.filter(
    (day) => (day.offered.mean ?? 0) > 0 && (!queueId || day.queueId === queueId),
  );
  return (
    <section className="panel simulation" aria-labelledby="simulation-title">
      <h2 id="simulation-title">Simulated service level</h2>
      <p className="muted small" data-testid="simulation-summary">
        {simulation.data.replications} replications
        {simulation.data.isPrecisionReached ? "" : " (the ±1-point target was not reached)"}; widest daily 95 % CI ±
        {percent(simulation.data.widestDailyServiceLevelHalfWidth)}. Routing: {simulation.data.routing}.
      </p>
      {!queueId && (
        <label>
          Queue
          <select value={chosenQueueId} onChange={(event) => setChosenQueueId(event.target.value)}>
            {queues.map((queue) => (
              <option key={queue.id} value={queue.id}>
                {queue.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {points.length > 0 && (
        <Chart
          option={option}
          height={240}
          label={`Simulated service level per interval of ${nameOf.get(shownQueueId) ?? "the queue"} with its 95 % confidence band, beside the Erlang estimate`}
        />
      )}
      <div className="table-scroll">
        <table className="table table--compact" aria-label="Simulated service level per queue and day">
          <thead>
            <tr>
              <th>Queue</th>
              <th>Day</th>
              <th>Erlang estimate</th>
              <th>Simulated SL (95 % CI)</th>
              <th>Abandoned</th>
              <th>Occupancy</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={`${day.queueId}|${day.localDate}`}>
                <td>{nameOf.get(day.queueId) ?? day.queueId}</td>
                <td>
                  {day.localDate}
                  {day.isWholeDay ? "" : " (part)"}
                </td>
                <td>{percent(erlangDays.get(`${day.queueId}|${day.localDate}`))}</td>
                <td>
                  {percent(day.serviceLevelFraction.mean)} ± {percent(day.serviceLevelFraction.halfWidth95)}
                </td>
                <td>{percent(day.abandonmentFraction.mean)}</td>
                <td>{percent(day.occupancyFraction.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
