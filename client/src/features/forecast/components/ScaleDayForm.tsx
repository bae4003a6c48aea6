import { useId, useState } from "react";
import type { ForecastDetail } from "../../../../../api/contracts/forecasts";
import { dayLabel } from "../../../lib/zoned-time";
import { useOverrideForecast } from "../api/queries";
import { FormProblems, isFieldRefused } from "./FormProblems";
import { formatVolume } from "./volumes";

type DailyTotal = ForecastDetail["dailyTotals"][number];
type ScaleUnit = "factor" | "percent";

const problemLabels = { "body.factor": "Scale by", "body.localDate": "Day", "body.note": "Note" } as const;

/** The multiplier a planner means: 1.2 as a factor and +20 as a percentage change are both ×1.2. */
const factorOf = (amount: number, unit: ScaleUnit) => (unit === "factor" ? amount : 1 + amount / 100);
/** The same multiplier written in the other unit, when the planner switches (×1.2 ↔ +20 %). */
const amountOf = (factor: number, unit: ScaleUnit) =>
  String(unit === "factor" ? Number(factor.toFixed(4)) : Number(((factor - 1) * 100).toFixed(2)));

/**
 * Scales every interval of one local day (quantiles included) by a factor, e.g. ×1.2 for a campaign.
 * The bounds are the contract's (0 … 100), checked by the server, whose answer is shown here.
 */
export function ScaleDayForm({ queueId, forecastId, day }: { queueId: string; forecastId: string; day: DailyTotal }) {
  const [amount, setAmount] = useState("1.2");
  const [unit, setUnit] = useState<ScaleUnit>("factor");
  const [note, setNote] = useState("");
  const scaling = useOverrideForecast(queueId, forecastId);
  const problemsId = useId();
  const titleId = useId();
  const amountNumber = amount.trim() === "" ? Number.NaN : Number(amount);
  const factor = Number.isFinite(amountNumber) ? factorOf(amountNumber, unit) : null;
  const isFactorRefused = scaling.isError && isFieldRefused(scaling.error, "body.factor");
  const done =
    scaling.isSuccess && scaling.variables.kind === "scale-day"
      ? { ...scaling.variables, count: scaling.data.updatedIntervals.length }
      : null;

  return (
    <form
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        if (factor !== null)
          scaling.mutate({ kind: "scale-day", localDate: day.localDate, factor, note: note.trim() || undefined });
      }}
    >
      <h3 id={titleId}>Scale the day</h3>
      <div className="toolbar">
        <label>
          Scale by
          <input
            type="number"
            step="any"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            required
            aria-invalid={isFactorRefused}
            aria-describedby={isFactorRefused ? problemsId : undefined}
          />
        </label>
        <select
          aria-label="Unit"
          value={unit}
          onChange={(event) => {
            const next = event.target.value as ScaleUnit;
            if (factor !== null) setAmount(amountOf(factor, next));
            setUnit(next);
          }}
        >
          <option value="factor">× factor</option>
          <option value="percent">% change</option>
        </select>
        <label>
          Note
          <input
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder="e.g. spring campaign"
            maxLength={500}
          />
        </label>
        <button type="submit" className="button" disabled={scaling.isPending}>
          {scaling.isPending ? "Scaling…" : "Scale day"}
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {factor === null
          ? "Enter a factor (1.2) or a change in percent (+20)."
          : `${dayLabel(day.localDate)}: ${formatVolume(day.expected)} → ${formatVolume(day.expected * factor)} contacts (× ${Number(factor.toFixed(4))}).`}
      </p>
      {scaling.isError && <FormProblems id={problemsId} error={scaling.error} labels={problemLabels} />}
      {done && (
        <p role="status" className="notice notice--ok">
          {dayLabel(done.localDate)} scaled by × {done.factor}: {done.count} interval{done.count === 1 ? "" : "s"}{" "}
          changed.
        </p>
      )}
    </form>
  );
}
