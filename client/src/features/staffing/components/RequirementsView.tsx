import { useMemo, useState } from "react";
import type { QueueDto } from "../../../../../api/contracts/queues";
import { Chart, type ChartOption } from "../../../components/ui/Chart";
import { ErrorState } from "../../../components/ui/states";
import { formatInZone } from "../../../lib/zoned-time";
import { useQueueSettings, useRequirements } from "../api/queries";
import { parseSeries } from "./requirements-series";

const nullToUndefined = <T,>(value: T | null) => value ?? undefined;

function queueSettings(queue: QueueDto) {
  return {
    channel: queue.channel,
    timeZone: queue.timeZone,
    targetServiceLevel: nullToUndefined(queue.targetServiceLevel),
    targetAnswerSeconds: nullToUndefined(queue.targetAnswerSeconds),
    targetAsaSeconds: nullToUndefined(queue.targetAsaSeconds),
    shrinkage: queue.shrinkage,
    maxOccupancy: nullToUndefined(queue.maxOccupancy),
    patienceSeconds: nullToUndefined(queue.patienceSeconds),
    concurrency: nullToUndefined(queue.concurrency),
    targetResponseHours: nullToUndefined(queue.targetResponseHours),
    targetResponseFraction: nullToUndefined(queue.targetResponseFraction),
    businessHours: queue.businessHours,
  };
}

/** Per-interval requirements for a pasted or uploaded series under one queue's service settings. */
export function RequirementsView() {
  const queues = useQueueSettings();
  const [queueId, setQueueId] = useState("");
  const [text, setText] = useState("");
  const requirements = useRequirements();
  const queue = queues.data?.queues.find((candidate) => candidate.id === queueId) ?? queues.data?.queues[0];
  const parsed = useMemo(() => (queue && text.trim() ? parseSeries(text, queue.ahtSeconds) : null), [text, queue]);

  const submit = () => {
    if (!queue || !parsed || parsed.rows.length === 0 || parsed.problems.length > 0) return;
    requirements.mutate({
      queue: queueSettings(queue),
      intervalSeconds: queue.intervalMinutes * 60,
      intervals: parsed.rows,
    });
  };

  const option = useMemo<ChartOption | null>(() => {
    const intervals = requirements.data?.intervals;
    if (!intervals || !queue) return null;
    const labels = intervals.map((interval) =>
      formatInZone(interval.intervalStart, queue.timeZone, {
        weekday: "short",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      }),
    );
    return {
      grid: { left: 48, right: 16, top: 32, bottom: 64 },
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      xAxis: { type: "category", data: labels },
      yAxis: { type: "value", name: "agents" },
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series: [
        {
          name: "Required",
          type: "bar",
          data: intervals.map((interval) => interval.agents),
          itemStyle: { color: "#93c5fd" },
        },
        {
          name: "Scheduled (with shrinkage)",
          type: "line",
          step: "start",
          data: intervals.map((interval) => interval.scheduledAgents),
          itemStyle: { color: "#1d4ed8" },
        },
      ],
    };
  }, [requirements.data, queue]);

  return (
    <section className="panel" aria-labelledby="requirements-title">
      <h2 id="requirements-title">Requirements for a series</h2>
      <p className="muted">
        Paste or upload a CSV with <code>interval_start,volume,aht_seconds</code> (the <code>forecast</code> CLI's
        output works as is). The queue's target, shrinkage and channel decide the staffing model; email is staffed to
        answer within its business-hours window.
      </p>
      <div className="row">
        <label>
          Queue{" "}
          <select value={queue?.id ?? ""} onChange={(event) => setQueueId(event.target.value)}>
            {queues.data?.queues.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label className="button">
          Upload CSV…
          <input
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void event.target.files?.[0]?.text().then(setText)}
          />
        </label>
      </div>
      <label className="block">
        Series
        <textarea
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={"interval_start,volume,aht_seconds\n2026-03-02T09:00:00-05:00,120,290"}
        />
      </label>
      {parsed && parsed.problems.length > 0 && (
        <ul className="notice notice--error" role="alert">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button"
        onClick={submit}
        disabled={!parsed || parsed.rows.length === 0 || parsed.problems.length > 0 || requirements.isPending}
      >
        {requirements.isPending ? "Computing…" : `Compute ${parsed?.rows.length ?? 0} intervals`}
      </button>
      {requirements.isError && <ErrorState error={requirements.error} />}
      {option && <Chart option={option} height={300} label="Required and scheduled agents per interval" />}
      {requirements.data && queue && (
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Interval ({queue.timeZone})</th>
                <th scope="col">Traffic (E)</th>
                <th scope="col">Agents</th>
                <th scope="col">Scheduled</th>
                <th scope="col">FTE</th>
                <th scope="col">Expected SL</th>
              </tr>
            </thead>
            <tbody>
              {requirements.data.intervals.map((interval) => (
                <tr key={interval.intervalStart}>
                  <td>
                    {formatInZone(interval.intervalStart, queue.timeZone, {
                      weekday: "short",
                      day: "2-digit",
                      month: "short",
                      hour: "2-digit",
                      minute: "2-digit",
                    })}
                  </td>
                  <td>{interval.trafficErlangs.toFixed(2)}</td>
                  <td>{interval.agents}</td>
                  <td>{interval.scheduledAgents}</td>
                  <td>{interval.fractionalFte.toFixed(2)}</td>
                  <td>{interval.serviceLevel === null ? "–" : `${(interval.serviceLevel * 100).toFixed(1)} %`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
