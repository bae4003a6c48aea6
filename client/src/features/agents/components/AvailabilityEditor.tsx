import { useCallback, useMemo, useState } from "react";
import type { AgentDto } from "../../../../../api/contracts/agents";
import { ErrorState } from "../../../components/ui/states";
import { currentOffsetLabel, formatInZone } from "../../../lib/zoned-time";
import { useSaveAvailability } from "../api/queries";
import { availableHours, cellsToWindows, describeWindows, fitsGrid, windowsToCells } from "./availability-cells";
import { AvailabilityGrid } from "./AvailabilityGrid";
import { describeContract } from "./contract-text";

/** "GMT-5 now; GMT-4 in summer": the offsets the zone takes through the year at `now`. */
function offsetNote(timeZone: string, now: Date): string {
  const current = currentOffsetLabel(timeZone, now);
  const seasonal = [0, 6].map((month) =>
    currentOffsetLabel(timeZone, new Date(Date.UTC(now.getUTCFullYear(), month, 1))),
  );
  const other = seasonal.find((label) => label !== current);
  return other ? `${current} now, ${other} at other times of the year (daylight saving)` : `${current}, all year`;
}

/** One agent's availability as a weekly grid in their own zone, saved whole with PATCH /api/agents/:agentId. */
export function AvailabilityEditor({ agent, onClose }: { agent: AgentDto; onClose: () => void }) {
  const saved = useMemo(() => windowsToCells(agent.availability), [agent.availability]);
  const [cells, setCells] = useState(saved);
  const save = useSaveAvailability();
  const now = useMemo(() => new Date(), []);
  const windows = useMemo(() => cellsToWindows(cells), [cells]);
  const isDirty = describeWindows(windows) !== describeWindows(cellsToWindows(saved));
  const onChange = useCallback(
    (next: boolean[]) => {
      save.reset();
      setCells(next);
    },
    [save],
  );

  return (
    <section className="panel availability-editor" aria-labelledby="availability-title">
      <div className="availability-editor__header">
        <div>
          <h2 id="availability-title">Availability of {agent.name}</h2>
          <p className="muted small">
            Local time in <strong>{agent.timeZone}</strong> ({offsetNote(agent.timeZone, now)}); it is{" "}
            {formatInZone(now, agent.timeZone, { weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false })}{" "}
            there now. A night window belongs to the day it starts on.
          </p>
          <p className="small">Contract: {describeContract(agent.contract)}</p>
        </div>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {!fitsGrid(agent.availability) && (
        <p className="notice notice--warn">
          Some saved windows do not start or end on a half-hour; saving rounds them to the nearest half-hour.
        </p>
      )}
      <p className="small muted">
        Click a half-hour to switch it on or off, drag to paint several, or use the arrow keys and Space.
      </p>
      <AvailabilityGrid
        cells={cells}
        onChange={onChange}
        label={`Weekly availability of ${agent.name}, local time in ${agent.timeZone}`}
      />
      <p className="availability-editor__summary" data-testid="availability-summary">
        <strong>{availableHours(cells)} h a week:</strong> {describeWindows(windows)}
      </p>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={!isDirty || save.isPending}
          onClick={() => save.mutate({ agentId: agent.id, availability: windows })}
        >
          {save.isPending ? "Saving…" : "Save availability"}
        </button>
        <button type="button" className="button" disabled={!isDirty || save.isPending} onClick={() => onChange(saved)}>
          Undo changes
        </button>
        {save.isSuccess && !isDirty && (
          <span className="notice notice--ok" role="status">
            Saved.
          </span>
        )}
      </div>
      {save.isError && <ErrorState error={save.error} />}
    </section>
  );
}
