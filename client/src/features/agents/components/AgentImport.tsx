import { useId, useState } from "react";
import { ErrorState } from "../../../components/ui/states";
import { useImportAgents, type AgentImportDelimiter } from "../api/queries";
import { AgentImportSummary } from "./AgentImportSummary";

/** Upload a CSV of agents; a file with any bad row is rejected whole unless "skip invalid rows" is on. */
export function AgentImport() {
  const inputId = useId();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [delimiter, setDelimiter] = useState<AgentImportDelimiter>("auto");
  const importing = useImportAgents();
  const report = importing.data;

  async function upload(file: File | undefined) {
    if (!file) return;
    importing.mutate({ csv: await file.text(), skipInvalid, delimiter });
  }

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import agents from CSV</h2>
      <p className="muted">
        Columns: name, email, team, time_zone, vendor, attrition_cohort, tags, hire_date, end_date, skills,
        min_minutes_per_week, max_minutes_per_week, max_shifts_per_week, shift_lengths_minutes, availability (e.g.{" "}
        <code>Mon 09:00-17:00;Tue 09:00-17:00</code>). Lists use <code>;</code>. Agents are matched by email: existing
        ones are updated. Export gives the same columns.
      </p>
      <div className="row">
        <label htmlFor={inputId} className="button">
          Choose CSV file…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void upload(event.target.files?.[0])}
        />
        <label className="checkbox">
          <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />{" "}
          Skip invalid rows
        </label>
        <label>
          Delimiter
          <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as AgentImportDelimiter)}>
            <option value="auto">detect from the header</option>
            <option value="comma">comma</option>
            <option value="semicolon">semicolon</option>
            <option value="tab">tab</option>
          </select>
        </label>
      </div>
      {importing.isPending && <p role="status">Importing…</p>}
      {importing.isError && <ErrorState error={importing.error} />}
      {report && <AgentImportSummary report={report} />}
    </section>
  );
}
