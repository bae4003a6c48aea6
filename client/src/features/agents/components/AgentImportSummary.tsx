import type { AgentImportReport } from "../../../../../api/contracts/agents";

const count = (value: number) => value.toLocaleString("en");
const plural = (value: number, word: string) => `${count(value)} ${word}${value === 1 ? "" : "s"}`;
const delimiterName = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

function ProblemTable({ caption, problems }: { caption: string; problems: AgentImportReport["errors"] }) {
  if (problems.length === 0) return null;
  return (
    <table className="table table--compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem, index) => (
          <tr key={index}>
            <td>{problem.row ?? "–"}</td>
            <td>{problem.column ?? "–"}</td>
            <td>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What an agent import did, for written and rejected files alike: rows read and the delimiter,
 * agents created and updated, invalid rows left out, then the errors and the warnings (skills
 * naming no queue, dropped; repeated emails, the later row imported) with their rows and columns.
 */
export function AgentImportSummary({ report }: { report: AgentImportReport }) {
  const { unknownSkillRowCount, duplicateEmailRowCount } = report.warningCounts;
  const listedNote = (total: number, listed: number) =>
    total > listed ? ` (the first ${listed} of ${count(total)})` : "";
  return (
    <div role="status" className={report.isWritten ? "notice notice--ok" : "notice notice--error"}>
      <p>
        {report.isWritten
          ? `Imported: ${plural(report.created, "agent")} created, ${count(report.updated)} updated.`
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
          {report.ignoredRowCount > 0 && " invalid (skipped)"}
        </dd>
        <dt>Warnings</dt>
        <dd>
          {count(report.warningCount)}
          {report.warningCount > 0 &&
            ` (${count(unknownSkillRowCount)} with an unknown queue as skill, ${count(duplicateEmailRowCount)} repeating an email)`}
        </dd>
      </dl>
      <ProblemTable
        caption={`Problems${listedNote(report.errorCount, report.errors.length)}`}
        problems={report.errors}
      />
      <ProblemTable
        caption={`Warnings (imported all the same)${listedNote(report.warningCount, report.warnings.length)}`}
        problems={report.warnings}
      />
    </div>
  );
}
