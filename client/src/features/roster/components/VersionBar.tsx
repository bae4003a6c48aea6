import { useState } from "react";
import type { z } from "zod";
import type { scheduleDetail } from "../../../../../api/contracts/schedules";
import { ErrorState } from "../../../components/ui/states";
import { exportVersionCsv, useNewDraft, usePublish } from "../api/queries";

type Schedule = z.infer<typeof scheduleDetail>;

function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function describeAgentDiff(agent: { added: unknown[]; removed: unknown[]; changed: unknown[] }): string {
  const parts = [
    [agent.added.length, "added"],
    [agent.removed.length, "removed"],
    [agent.changed.length, "changed"],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} ${what}`)
    .join(", ");
}

/** Version choice and what can be done to it: publish a draft (showing the diff), start a new draft, export CSV, print the week sheet. */
export function VersionBar({
  schedule,
  versionNumber,
  onVersion,
  agentNames,
  onPrint,
}: {
  schedule: Schedule;
  versionNumber: number;
  onVersion: (number: number) => void;
  agentNames: Map<string, string>;
  onPrint: () => void;
}) {
  const version = schedule.versions.find((item) => item.number === versionNumber);
  const publish = usePublish(schedule.id);
  const newDraft = useNewDraft(schedule.id);
  const [exportError, setExportError] = useState<unknown>(null);
  if (!version) return null;
  const exportCsv = () => {
    setExportError(null);
    exportVersionCsv(schedule.id, version.number).then(
      (csv) => downloadText(csv, `roster-v${version.number}.csv`),
      setExportError,
    );
  };
  const diff = publish.data?.diff ?? (version.status === "published" ? version.diff : null);
  return (
    <section className="panel version-bar" aria-label="Version">
      <div className="row no-print">
        <label>
          Version{" "}
          <select value={versionNumber} onChange={(event) => onVersion(Number(event.target.value))}>
            {schedule.versions.map((item) => (
              <option key={item.number} value={item.number}>
                {item.number} · {item.status}
                {item.isCurrent ? " (current)" : ""}
              </option>
            ))}
          </select>
        </label>
        <span className={`badge badge--${version.status === "published" ? "approved" : "pending"}`}>
          {version.status}
        </span>
        {version.status === "draft" && (
          <button
            type="button"
            className="button button--primary"
            disabled={publish.isPending}
            onClick={() => publish.mutate(version.number)}
          >
            {publish.isPending ? "Publishing…" : "Publish"}
          </button>
        )}
        {version.status === "published" && (
          <button
            type="button"
            className="button"
            disabled={newDraft.isPending}
            onClick={() => newDraft.mutate(version.number, { onSuccess: (created) => onVersion(created.number) })}
          >
            New draft from this version
          </button>
        )}
        <button type="button" className="button" onClick={exportCsv}>
          Export CSV
        </button>
        <button type="button" className="button" onClick={onPrint}>
          Print week sheet
        </button>
      </div>
      {version.status === "draft" && (
        <p className="muted small no-print">
          Drag or resize a shift on the week or day view to edit this draft; the API answers with the rules it breaks.
        </p>
      )}
      {(publish.isError || newDraft.isError) && <ErrorState error={publish.error ?? newDraft.error} />}
      {exportError !== null && <ErrorState error={exportError} />}
      {diff && (
        <div className="notice notice--ok" role="status">
          <strong>
            {publish.data ? `Published version ${version.number}.` : `Version ${version.number} is published.`}
          </strong>{" "}
          Against{" "}
          {diff.previousVersionNumber === null ? "nothing published before" : `version ${diff.previousVersionNumber}`}:{" "}
          {diff.addedCount} shifts added, {diff.removedCount} removed, {diff.changedCount} changed across{" "}
          {diff.agents.length} agents.
          {diff.agents.length > 0 && (
            <ul className="diff-list">
              {diff.agents.slice(0, 8).map((agent) => (
                <li key={agent.agentId}>
                  {agentNames.get(agent.agentId) ?? "Agent"}: {describeAgentDiff(agent)}
                </li>
              ))}
              {diff.agents.length > 8 && <li>… and {diff.agents.length - 8} more agents</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
