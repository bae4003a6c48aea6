import { useId, useState } from "react";
import type { ForecastIntervalDto } from "../../../../../api/contracts/forecasts";
import { dayLabel } from "../../../lib/zoned-time";
import { useOverrideForecast } from "../api/queries";
import { FormProblems, isFieldRefused } from "./FormProblems";
import { intervalClockLabels } from "./interval-labels";
import { changedOriginalOf, formatVolume } from "./volumes";

const problemLabels = {
  "body.intervalStart": "Interval",
  "body.expected": "Expected contacts",
  "body.note": "Note",
} as const;

export interface SetIntervalFormProps {
  queueId: string;
  forecastId: string;
  timeZone: string;
  localDate: string;
  /** The day's intervals, in order. */
  intervals: ForecastIntervalDto[];
}

/**
 * Sets one interval's expected contacts (its quantiles move by the same ratio). Picking an interval
 * fills in its current value to start from; the server checks the value and its answer is shown here.
 */
export function SetIntervalForm({ queueId, forecastId, timeZone, localDate, intervals }: SetIntervalFormProps) {
  const [intervalStart, setIntervalStart] = useState("");
  const [expected, setExpected] = useState("");
  const [note, setNote] = useState("");
  const setting = useOverrideForecast(queueId, forecastId);
  const problemsId = useId();
  const titleId = useId();
  const labels = intervalClockLabels(
    intervals.map((interval) => interval.intervalStart),
    timeZone,
  );
  const labelOf = (start: string) =>
    labels[intervals.findIndex((interval) => interval.intervalStart === start)] ?? start;
  const isExpectedRefused = setting.isError && isFieldRefused(setting.error, "body.expected");
  const done = setting.isSuccess && setting.variables.kind === "set-interval" ? setting.variables : null;

  return (
    <form
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        setting.mutate({
          kind: "set-interval",
          intervalStart,
          expected: Number(expected),
          note: note.trim() || undefined,
        });
      }}
    >
      <h3 id={titleId}>Set one interval</h3>
      <div className="toolbar">
        <label>
          Interval
          <select
            value={intervalStart}
            required
            onChange={(event) => {
              const chosen = intervals.find((interval) => interval.intervalStart === event.target.value);
              setIntervalStart(event.target.value);
              if (chosen) setExpected(String(Number(chosen.expected.toFixed(1))));
            }}
          >
            <option value="">Choose…</option>
            {intervals.map((interval, index) => {
              const original = changedOriginalOf(interval);
              return (
                <option key={interval.intervalStart} value={interval.intervalStart}>
                  {labels[index]} · {formatVolume(interval.expected)}
                  {original === null ? "" : ` (was ${formatVolume(original)})`}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          Expected contacts
          <input
            type="number"
            step="any"
            value={expected}
            onChange={(event) => setExpected(event.target.value)}
            required
            aria-invalid={isExpectedRefused}
            aria-describedby={isExpectedRefused ? problemsId : undefined}
          />
        </label>
        <label>
          Note
          <input
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder="e.g. webinar at 10:00"
            maxLength={500}
          />
        </label>
        <button type="submit" className="button" disabled={setting.isPending || intervals.length === 0}>
          {setting.isPending ? "Saving…" : "Set interval"}
        </button>
      </div>
      {intervals.length === 0 && <p className="muted small">{dayLabel(localDate)} has no intervals (closed).</p>}
      {setting.isError && <FormProblems id={problemsId} error={setting.error} labels={problemLabels} />}
      {done && (
        <p role="status" className="notice notice--ok">
          {labelOf(done.intervalStart)} on {dayLabel(localDate)} set to {formatVolume(done.expected)} contacts.
        </p>
      )}
    </form>
  );
}
