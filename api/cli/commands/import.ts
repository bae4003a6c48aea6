import type { Command } from "commander";
import { formatIssue } from "../../domain/history/history-issue";
import type { HistoryImportReport } from "../../contracts/history";
import type { HistoryImportRequest } from "../../services/history-import-service";
import { CliInputError } from "../cli-error";
import { runCsvImport } from "../run-csv-import";
import { checkedCsvDialect, DATE_FORMAT_FLAG_HELP, DELIMITER_FLAG_HELP } from "../csv-dialect-flags";

interface ImportFlags {
  queue: string;
  file: string;
  timestampColumn?: string;
  skipInvalid?: boolean;
  onDuplicate: string;
  fileQueue?: string;
  delimiter?: string;
  dateFormat: string;
}

function checkedFlags(flags: ImportFlags): HistoryImportRequest {
  if (flags.onDuplicate !== "error" && flags.onDuplicate !== "sum")
    throw new CliInputError(`--on-duplicate must be error or sum, got ${flags.onDuplicate}`);
  const { delimiter, dateFormat } = checkedCsvDialect(flags);
  return {
    timestampColumn: flags.timestampColumn,
    skipInvalid: flags.skipInvalid === true,
    onDuplicate: flags.onDuplicate,
    fileQueue: flags.fileQueue,
    delimiter,
    dateFormat,
  };
}

/** The summary a person reads on stderr; stdout keeps the JSON report. */
function summaryOf(report: HistoryImportReport): string {
  const lines = [
    `read ${report.rowCount} row(s) (delimiter ${report.delimiter === "\t" ? "tab" : report.delimiter}): ${report.importedRowCount} imported, ${report.ignoredRowCount} ignored, ${report.summedDuplicateRowCount} duplicate(s) summed`,
    `wrote ${report.intervalCount} interval(s) (${report.newIntervalCount} new, ${report.replacedIntervalCount} replaced; other stored intervals kept) from ${report.firstInterval?.localStart} to ${report.lastInterval?.localStart} (${report.timeZone})`,
  ];
  const { nonexistentTimeRowCount, ambiguousTimeRowCount } = report.warningCounts;
  if (nonexistentTimeRowCount + ambiguousTimeRowCount > 0)
    lines.push(
      `${nonexistentTimeRowCount} time(s) in a spring-forward gap moved forward, ${ambiguousTimeRowCount} in a fall-back hour read as the earlier`,
    );
  for (const warning of report.warnings) lines.push(`warning: ${formatIssue(warning)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * `import --queue NAME --file history.csv` (issue 4): the same service as
 * `POST /api/queues/:id/history`. Prints the import report as JSON and its summary on stderr; a
 * rejected file exits with code 2 after listing its first errors on stderr, and nothing is written.
 */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "import a queue's history from CSV (interval counts or one row per ticket), replacing only the intervals the file contains",
    )
    .requiredOption("--queue <name>", "the queue to import into (its zone and interval bucket the file)")
    .requiredOption("--file <path>", "history CSV; - for stdin")
    .option(
      "--timestamp-column <column>",
      'the timestamp column of a ticket export, e.g. "Created at" (Zendesk), "Created time" (Freshdesk), "Conversation started at" (Intercom)',
    )
    .option("--skip-invalid", "import the valid rows and report the invalid ones")
    .option("--on-duplicate <rule>", "interval-count rows with the same start: error or sum", "error")
    .option("--file-queue <value>", "the file's queue column value to import (default: --queue)")
    .option("--delimiter <delimiter>", DELIMITER_FLAG_HELP)
    .option("--date-format <format>", DATE_FORMAT_FLAG_HELP, "iso")
    .action(async (flags: ImportFlags) => {
      const request = checkedFlags(flags);
      await runCsvImport(
        flags.file,
        (services, actor, input) => services.historyImport.importCsvByQueueName(actor, flags.queue, input, request),
        summaryOf,
      );
    });
}
