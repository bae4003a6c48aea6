import type { ForecastIntervalDto } from "../../../../../api/contracts/forecasts";
import { dayLabel } from "../../../lib/zoned-time";
import { intervalClockLabels } from "./interval-labels";
import { changedOriginalOf, formatVolume } from "./volumes";

/**
 * One local day's intervals in the queue's zone: the forecast, its P80, what was computed where a
 * planner changed it, and the note. Closed hours (nothing expected, nothing changed) are left out,
 * so the day's open hours are what the table opens on.
 */
export function DayIntervalsTable({
  localDate,
  timeZone,
  intervals,
}: {
  localDate: string;
  timeZone: string;
  intervals: ForecastIntervalDto[];
}) {
  const labels = intervalClockLabels(
    intervals.map((interval) => interval.intervalStart),
    timeZone,
  );
  const rows = intervals
    .map((interval, index) => ({ interval, label: labels[index], original: changedOriginalOf(interval) }))
    .filter((row) => row.interval.expected > 0 || row.original !== null);
  const closedCount = intervals.length - rows.length;
  return (
    <div>
      <div className="table-scroll" style={{ maxHeight: "26rem" }}>
        <table className="table table--compact">
          <caption className="visually-hidden">Intervals on {dayLabel(localDate)}</caption>
          <thead>
            <tr>
              <th scope="col">Time ({timeZone})</th>
              <th scope="col">Forecast</th>
              <th scope="col">P80</th>
              <th scope="col">Was</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ interval, label, original }) => (
              <tr key={interval.intervalStart} aria-label={label}>
                <th scope="row">{label}</th>
                <td>
                  {original === null ? (
                    formatVolume(interval.expected)
                  ) : (
                    <strong>{formatVolume(interval.expected)}</strong>
                  )}
                </td>
                <td>{formatVolume(interval.p80)}</td>
                <td>{original === null ? "–" : formatVolume(original)}</td>
                <td>{interval.overrideNote ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {closedCount > 0 && (
        <p className="muted small">
          {closedCount} interval{closedCount === 1 ? "" : "s"} of {dayLabel(localDate)} with no contacts expected{" "}
          {closedCount === 1 ? "is" : "are"} not listed.
        </p>
      )}
    </div>
  );
}
