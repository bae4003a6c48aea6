import { useId, useState } from "react";
import { ErrorState } from "../../../components/ui/states";
import { useImportHistory, type ImportDateFormat, type ImportDelimiter } from "../api/queries";
import { HistoryImportSummary } from "./HistoryImportSummary";

const dateFormats: Array<{ value: ImportDateFormat; label: string }> = [
  { value: "iso", label: "ISO 8601 / YYYY-MM-DD HH:MM" },
  { value: "DD/MM/YYYY HH:MM", label: "DD/MM/YYYY HH:MM (day first)" },
  { value: "MM/DD/YYYY HH:MM", label: "MM/DD/YYYY HH:MM (month first)" },
];

/** Upload a history CSV into the queue; a file with any bad row is rejected whole unless "skip invalid rows" is on. */
export function HistoryUpload({
  queueId,
  queueName,
  timeZone,
  intervalMinutes,
}: {
  queueId: string;
  queueName: string;
  timeZone: string;
  intervalMinutes: number;
}) {
  const inputId = useId();
  const [timestampColumn, setTimestampColumn] = useState("");
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [sumDuplicates, setSumDuplicates] = useState(false);
  const [delimiter, setDelimiter] = useState<ImportDelimiter>("auto");
  const [dateFormat, setDateFormat] = useState<ImportDateFormat>("iso");
  const importing = useImportHistory(queueId);

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    importing.mutate({
      csv: await file.text(),
      timestampColumn: timestampColumn.trim(),
      skipInvalid,
      sumDuplicates,
      delimiter,
      dateFormat,
    });
    input.value = "";
  }

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import history</h2>
      <p className="muted">
        Interval counts (<code>timestamp,count[,aht_seconds][,queue]</code>, counts may be fractional) or one row per
        ticket or call (a creation time column, e.g. Zendesk's "Created at", Freshdesk's "Created time", Intercom's
        "Conversation started at"). Times without an offset are read in {timeZone}; rows go into {intervalMinutes}
        -minute intervals. A re-import replaces only the intervals the file contains.
      </p>
      <div className="toolbar">
        <label>
          Timestamp column
          <input
            value={timestampColumn}
            onChange={(event) => setTimestampColumn(event.target.value)}
            placeholder="auto (e.g. created_at)"
          />
        </label>
        <label>
          Delimiter
          <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as ImportDelimiter)}>
            <option value="auto">detect from the header</option>
            <option value="comma">comma</option>
            <option value="semicolon">semicolon (decimal commas)</option>
            <option value="tab">tab</option>
          </select>
        </label>
        <label>
          Dates
          <select value={dateFormat} onChange={(event) => setDateFormat(event.target.value as ImportDateFormat)}>
            {dateFormats.map((format) => (
              <option key={format.value} value={format.value}>
                {format.label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />{" "}
          Skip invalid rows
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={sumDuplicates} onChange={(event) => setSumDuplicates(event.target.checked)} />{" "}
          Sum duplicate intervals
        </label>
        <label htmlFor={inputId} className="button">
          Choose CSV file…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void upload(event.currentTarget)}
        />
      </div>
      {importing.isPending && <p role="status">Importing into {queueName}…</p>}
      {importing.isError && <ErrorState error={importing.error} />}
      {importing.data && <HistoryImportSummary report={importing.data} />}
    </section>
  );
}
