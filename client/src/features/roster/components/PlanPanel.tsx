import { useMemo, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { QueueDto } from "../../../../../api/contracts/queues";
import type { ProblemWarningDto } from "../../../../../api/contracts/roster-problem";
import { DEFAULT_RELATIVE_GAP } from "../../../../../api/contracts/solve-defaults";
import { ErrorState } from "../../../components/ui/states";
import { dayLabel, localDateOf, localMidnightUtc, mondayOf, plusDays } from "../../../lib/zoned-time";
import { useCreateForecast, useForecastList, useSolve } from "../api/queries";

export interface PlannedPeriod {
  periodStart: string;
  periodEnd: string;
}

/** Step 2 of queue → forecast → generate: does a stored forecast cover the period? If not, make one here. */
function ForecastStatus({ queue, period }: { queue: QueueDto; period: PlannedPeriod }) {
  const forecasts = useForecastList(queue.id);
  const create = useCreateForecast();
  if (forecasts.isPending) return <span className="muted small">checking forecast…</span>;
  if (forecasts.isError) return <span className="small">forecast unknown</span>;
  const list = forecasts.data.forecasts;
  const covering = list.find(
    (forecast) =>
      Date.parse(forecast.startsAt) <= Date.parse(period.periodStart) &&
      Date.parse(forecast.endsAt) >= Date.parse(period.periodEnd),
  );
  if (covering)
    return <span className="badge badge--approved">forecast to {dayLabel(plusDays(covering.endDate, -1))}</span>;
  return (
    <span className="forecast-missing">
      <span className="badge badge--pending">
        {list.length === 0 ? "no forecast" : "forecast does not cover the period"}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={create.isPending}
        onClick={() => create.mutate({ queueId: queue.id, horizonDays: 42 })}
      >
        {create.isPending ? "Forecasting…" : "Create a 6-week forecast"}
      </button>
      {create.isError && <ErrorState error={create.error} />}
    </span>
  );
}

/** Choose queues and a period of whole weeks from a local Monday in the first queue's zone, then solve. */
export function PlanPanel({
  queues,
  onSubmitted,
}: {
  queues: QueueDto[];
  onSubmitted: (result: {
    jobId: string;
    scheduleId: string;
    timeLimitSeconds: number;
    warnings: ProblemWarningDto[];
  }) => void;
}) {
  const [chosen, setChosen] = useState<string[]>(() => queues.map((queue) => queue.id));
  const periodZone = queues.find((queue) => chosen.includes(queue.id))?.timeZone ?? queues[0]?.timeZone ?? "UTC";
  const [firstDay, setFirstDay] = useState(() => plusDays(mondayOf(localDateOf(new Date(), periodZone)), 7));
  const [weeks, setWeeks] = useState(1);
  const [timeLimitSeconds, setTimeLimitSeconds] = useState(30);
  const [gapPercent, setGapPercent] = useState(DEFAULT_RELATIVE_GAP * 100);
  const solve = useSolve();
  const period = useMemo<PlannedPeriod>(
    () => ({
      periodStart: localMidnightUtc(firstDay, periodZone),
      periodEnd: localMidnightUtc(plusDays(firstDay, 7 * weeks), periodZone),
    }),
    [firstDay, weeks, periodZone],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const options = { timeLimitSeconds, relativeGap: gapPercent / 100 };
    solve.mutate(
      { ...period, queueIds: chosen, options },
      { onSuccess: (result) => onSubmitted({ ...result, timeLimitSeconds }) },
    );
  };
  const toggle = (queueId: string) =>
    setChosen((current) =>
      current.includes(queueId) ? current.filter((id) => id !== queueId) : [...current, queueId],
    );
  return (
    <form className="panel no-print" onSubmit={submit} aria-labelledby="plan-title">
      <h2 id="plan-title">Generate a roster</h2>
      <p className="muted small">
        Queue → forecast → generate. The optimiser staffs each queue's stored forecast; queues without one get no
        requirement. <Link to="/forecast">Open the Forecast page</Link> to review or tune forecasts.
      </p>
      <fieldset className="plan-queues">
        <legend>1. Queues and 2. their forecasts</legend>
        {queues.map((queue) => (
          <div key={queue.id} className="plan-queue">
            <label className="checkbox">
              <input type="checkbox" checked={chosen.includes(queue.id)} onChange={() => toggle(queue.id)} />
              {queue.name} <span className="muted small">({queue.timeZone})</span>
            </label>
            {chosen.includes(queue.id) && <ForecastStatus queue={queue} period={period} />}
          </div>
        ))}
      </fieldset>
      <div className="form-grid">
        <label>
          First day (a Monday, {periodZone})
          <input
            type="date"
            required
            value={firstDay}
            onChange={(event) => event.target.value && setFirstDay(mondayOf(event.target.value))}
          />
        </label>
        <label>
          Weeks
          <select value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
            {[1, 2, 3, 4, 5].map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </select>
        </label>
        <label>
          Time limit (seconds)
          <input
            type="number"
            min={1}
            max={3600}
            required
            value={timeLimitSeconds}
            onChange={(event) => setTimeLimitSeconds(Number(event.target.value))}
          />
        </label>
        <label>
          Stop within gap (%)
          <input
            type="number"
            min={0}
            max={100}
            step={0.1}
            required
            value={gapPercent}
            onChange={(event) => setGapPercent(Number(event.target.value))}
          />
        </label>
      </div>
      <p className="muted small">
        Period: {dayLabel(firstDay)} to {dayLabel(plusDays(firstDay, 7 * weeks - 1))}, local midnight in {periodZone}.
      </p>
      {solve.isError && <ErrorState error={solve.error} />}
      <button type="submit" className="button button--primary" disabled={chosen.length === 0 || solve.isPending}>
        {solve.isPending ? "Submitting…" : "3. Generate roster"}
      </button>
    </form>
  );
}
