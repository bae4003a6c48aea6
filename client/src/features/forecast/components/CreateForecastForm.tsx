import { useState } from "react";
import type { ForecastSummary } from "../../../../../api/contracts/forecasts";
import { ErrorState } from "../../../components/ui/states";
import { useCreateForecast } from "../api/queries";

/** Single methods the last forecast's backtest scored: the choices the server accepts, without a list to keep in step. */
const methodsOf = (forecast: ForecastSummary | null) =>
  [
    ...new Set(
      (forecast?.accuracy?.candidates ?? [])
        .map((candidate) => candidate.method)
        .filter((name) => !name.startsWith("combination(")),
    ),
  ].sort();

export function CreateForecastForm({ queueId, latest }: { queueId: string; latest: ForecastSummary | null }) {
  const [horizonDays, setHorizonDays] = useState(28);
  const [method, setMethod] = useState("auto");
  const [startDate, setStartDate] = useState("");
  const creating = useCreateForecast(queueId);
  const methods = methodsOf(latest);

  return (
    <section className="panel" aria-labelledby="create-forecast-title">
      <h2 id="create-forecast-title">New forecast</h2>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          creating.mutate({ horizonDays, method, startDate: startDate || undefined });
        }}
      >
        <label>
          Horizon (days)
          <input
            type="number"
            min={1}
            max={364}
            value={horizonDays}
            onChange={(event) => setHorizonDays(Number(event.target.value))}
            required
          />
        </label>
        <label>
          Method
          <select value={method} onChange={(event) => setMethod(event.target.value)}>
            <option value="auto">auto (best by backtest)</option>
            {methods.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Start date
          <input
            type="date"
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            aria-describedby="start-date-hint"
          />
        </label>
        <button type="submit" className="button" disabled={creating.isPending}>
          {creating.isPending ? "Forecasting…" : "Create forecast"}
        </button>
      </form>
      <p id="start-date-hint" className="muted small">
        Leave the start date empty to start the day after the last history day. Special days below are applied.
      </p>
      {creating.isError && <ErrorState error={creating.error} />}
      {creating.data && (
        <p role="status" className="notice notice--ok">
          Forecast of {creating.data.horizonDays} days from {creating.data.startDate} stored
          {creating.data.warnings.length > 0 ? ` (${creating.data.warnings.join("; ")})` : ""}.
        </p>
      )}
    </section>
  );
}
