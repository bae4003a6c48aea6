import { useState } from "react";
import type { SpecialDayDto } from "../../../../../api/contracts/forecasts";
import { ErrorState } from "../../../components/ui/states";
import { useSpecialDayChanges } from "../api/queries";

/** Holidays and events: closed, or a factor on the usual demand; for this queue or the whole organisation. */
export function SpecialDaysPanel({ queueId, specialDays }: { queueId: string; specialDays: SpecialDayDto[] }) {
  const changes = useSpecialDayChanges(queueId);
  const [localDate, setLocalDate] = useState("");
  const [label, setLabel] = useState("");
  const [kind, setKind] = useState<"closed" | "factor">("closed");
  const [factor, setFactor] = useState(1.4);
  const [isOrganisationWide, setIsOrganisationWide] = useState(false);

  return (
    <section className="panel" aria-labelledby="special-days-title">
      <h2 id="special-days-title">Special days</h2>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          changes.add.mutate({
            queueId: isOrganisationWide ? null : queueId,
            localDate,
            kind,
            factor: kind === "factor" ? factor : null,
            label,
          });
        }}
      >
        <label>
          Date <input type="date" value={localDate} onChange={(event) => setLocalDate(event.target.value)} required />
        </label>
        <label>
          Name{" "}
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            placeholder="e.g. Product launch"
            required
          />
        </label>
        <label>
          Demand
          <select value={kind} onChange={(event) => setKind(event.target.value as "closed" | "factor")}>
            <option value="closed">closed</option>
            <option value="factor">× factor</option>
          </select>
        </label>
        {kind === "factor" && (
          <label>
            Factor{" "}
            <input
              type="number"
              step="0.05"
              min={0}
              max={100}
              value={factor}
              onChange={(event) => setFactor(Number(event.target.value))}
            />
          </label>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={isOrganisationWide}
            onChange={(event) => setIsOrganisationWide(event.target.checked)}
          />{" "}
          All queues
        </label>
        <button type="submit" className="button" disabled={changes.add.isPending}>
          Add
        </button>
      </form>
      {changes.add.isError && <ErrorState error={changes.add.error} />}
      {changes.remove.isError && <ErrorState error={changes.remove.error} />}
      {specialDays.length === 0 ? (
        <p className="muted">
          No special days. Past ones are kept out of training; future ones are applied to new forecasts.
        </p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">Special days</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Name</th>
              <th scope="col">Demand</th>
              <th scope="col">Applies to</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {specialDays.map((day) => (
              <tr key={day.id}>
                <td>{day.localDate}</td>
                <td>{day.label}</td>
                <td>{day.kind === "closed" ? "closed" : `× ${day.factor}`}</td>
                <td>{day.queueId === null ? "all queues" : "this queue"}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => changes.remove.mutate(day.id)}
                    aria-label={`Remove ${day.label} on ${day.localDate}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
