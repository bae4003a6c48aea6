import type { HistoryImportReport } from "../../../../../api/contracts/history";

const describeRow = (rowNumber: number | null) => (rowNumber === null ? "whole file" : String(rowNumber));
const count = (value: number) => value.toLocaleString("en");
const plural = (value: number, word: string) => `${count(value)} ${word}${value === 1 ? "" : "s"}`;
const delimiterName = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** "2026-03-08T00:00:00-05:00" as a person reads it, in the queue's zone: "2026-03-08 00:00 (UTC−05:00)". */
const localTimeOf = (localStart: string) =>
  `${localStart.slice(0, 10)} ${localStart.slice(11, 16)} (UTC${localStart.slice(19).replace("-", "−")})`;

function IssueTable({ caption, issues }: { caption: string; issues: HistoryImportReport["errors"] }) {
  if (issues.length === 0) return null;
  return (
    <table className="table table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index}>
            <td>{describeRow(issue.rowNumber)}</td>
            <td>{issue.column ?? "–"}</td>
            <td>{issue.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What an import did, for written and rejected files alike: rows read, intervals written (only those
 * replace stored history), rows ignored, duplicates summed, the first and last interval in the
 * queue's zone, the DST rows, then the errors and warnings with their rows and columns.
 */
export function HistoryImportSummary({ report }: { report: HistoryImportReport }) {
  const { nonexistentTimeRowCount, ambiguousTimeRowCount } = report.warningCounts;
  const listedNote = (total: number, listed: number) =>
    total > listed ? ` (the first ${listed} of ${count(total)})` : "";
  return (
    <div role="status" className={report.isWritten ? "notice notice--ok" : "notice notice--error"}>
      <p>
        {report.isWritten
          ? `Imported ${count(report.importedRowCount)} rows into ${count(report.intervalCount)} intervals (${count(report.newIntervalCount)} new, ${count(report.replacedIntervalCount)} replaced); every other stored interval was kept.`
          : `Nothing was imported: ${plural(report.errorCount, "problem")} found. Fix them, or tick "Skip invalid rows".`}
      </p>
      <dl className="facts">
        <dt>Rows read</dt>
        <dd>
          {count(report.rowCount)} ({delimiterName[report.delimiter]}-delimited)
        </dd>
        <dt>Ignored</dt>
        <dd>
          {count(report.ignoredRowCount)}
          {report.ignoredRowCount > 0 &&
            ` (${count(report.skippedRowCount)} invalid, ${count(report.otherQueueRowCount)} of other queues)`}
        </dd>
        <dt>Duplicates summed</dt>
        <dd>{count(report.summedDuplicateRowCount)}</dd>
        {report.firstInterval && report.lastInterval && (
          <>
            <dt>Intervals</dt>
            <dd>
              {localTimeOf(report.firstInterval.localStart)} to {localTimeOf(report.lastInterval.localStart)},{" "}
              {report.timeZone}
            </dd>
          </>
        )}
        <dt>Daylight-saving rows</dt>
        <dd>
          {count(nonexistentTimeRowCount)} in a skipped hour (moved forward), {count(ambiguousTimeRowCount)} in a
          repeated hour (read as the first)
        </dd>
        <dt>Warnings</dt>
        <dd>{count(report.warningCount)}</dd>
      </dl>
      <IssueTable caption={`Problems${listedNote(report.errorCount, report.errors.length)}`} issues={report.errors} />
      <IssueTable caption="Warnings (imported all the same)" issues={report.warnings} />
    </div>
  );
}
