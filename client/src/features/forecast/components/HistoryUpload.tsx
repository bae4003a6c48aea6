import { useId, useState } from "react";
import { ErrorState } from "../../../components/ui/states";
import { useImportHistory } from "../api/queries";

const describeRow = (rowNumber: number | null) => (rowNumber === null ? "whole file" : String(rowNumber));

/** Upload a history CSV into the queue; a file with any bad row is rejected whole unless "skip invalid rows" is on. */
export function HistoryUpload({ queueId, queueName, timeZone, intervalMinutes }: { queueId: string; queueName: string; timeZone: string; intervalMinutes: number }) {
  const inputId = useId();
  const [timestampColumn, setTimestampColumn] = useState("");
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [sumDuplicates, setSumDuplicates] = useState(false);
  const importing = useImportHistory(queueId);
  const report = importing.data;

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    importing.mutate({ csv: await file.text(), timestampColumn: timestampColumn.trim(), skipInvalid, sumDuplicates });
    input.value = "";
  }

  const issues = report?.errors ?? [];
  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import history</h2>
      <p className="muted">
        Interval counts (<code>timestamp,count[,aht_seconds][,queue]</code>) or one row per ticket or call (a creation time column and
        optionally a handle time). Times without an offset are read in {timeZone}; rows go into {intervalMinutes}-minute intervals. Re-importing
        replaces the days the file covers.
      </p>
      <div className="toolbar">
        <label>
          Timestamp column
          <input value={timestampColumn} onChange={(event) => setTimestampColumn(event.target.value)} placeholder="auto (e.g. created_at)" />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} /> Skip invalid rows
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={sumDuplicates} onChange={(event) => setSumDuplicates(event.target.checked)} /> Sum duplicate intervals
        </label>
        <label htmlFor={inputId} className="button">Choose CSV file…</label>
        <input id={inputId} className="visually-hidden" type="file" accept=".csv,text/csv" onChange={(event) => void upload(event.currentTarget)} />
      </div>
      {importing.isPending && <p role="status">Importing into {queueName}…</p>}
      {importing.isError && <ErrorState error={importing.error} />}
      {report && (
        <div role="status" className={report.isWritten ? "notice notice--ok" : "notice notice--error"}>
          {report.isWritten
            ? `Imported ${report.importedRowCount.toLocaleString("en")} rows into ${report.intervalCount.toLocaleString("en")} intervals, replacing ${report.replacedRange?.fromDate} to ${report.replacedRange?.toDate} (exclusive)` +
              `${report.skippedRowCount ? `; ${report.skippedRowCount} invalid rows skipped` : ""}${report.otherQueueRowCount ? `; ${report.otherQueueRowCount} rows of other queues ignored` : ""}.`
            : `Nothing was imported: ${report.errorCount} problem${report.errorCount === 1 ? "" : "s"} found${report.errorCount > issues.length ? ` (the first ${issues.length} are listed)` : ""}. Fix them, or tick "Skip invalid rows".`}
          {report.warningCount > 0 && <p>{report.warningCount} local time{report.warningCount === 1 ? "" : "s"} fell in a daylight-saving change and were resolved by the DST rule (a skipped hour moves forward, a repeated hour takes the first).</p>}
          {issues.length > 0 && (
            <table className="table table--compact">
              <caption className="visually-hidden">Problems in the file</caption>
              <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
              <tbody>
                {issues.map((issue, index) => (
                  <tr key={index}><td>{describeRow(issue.rowNumber)}</td><td>{issue.column ?? "–"}</td><td>{issue.reason}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
