import type { Command } from "commander";
import { formatIssue } from "../../domain/history/history-issue";
import type { ActualsImportReport } from "../../contracts/actuals";
import type { ActualsImportRequest } from "../../services/actuals-import-service";
import { CliInputError } from "../cli-error";
import { runCsvImport } from "../run-csv-import";
import { checkedCsvDialect, DATE_FORMAT_FLAG_HELP, DELIMITER_FLAG_HELP } from "../csv-dialect-flags";

interface ImportActualsFlags {
  queue: string;
  file: string;
  shape?: string;
  skipInvalid?: boolean;
  fileQueue?: string;
  delimiter?: string;
  dateFormat: string;
}

function checkedFlags(flags: ImportActualsFlags): ActualsImportRequest {
  if (flags.shape !== undefined && flags.shape !== "interval-actuals" && flags.shape !== "contacts")
    throw new CliInputError(`--shape must be interval-actuals or contacts, got ${flags.shape}`);
  const { delimiter, dateFormat } = checkedCsvDialect(flags);
  return {
    shape: flags.shape,
    skipInvalid: flags.skipInvalid === true,
    fileQueue: flags.fileQueue,
    delimiter,
    dateFormat,
  };
}

function summaryOf(report: ActualsImportReport): string {
  const lines = [
    `read ${report.rowCount} row(s) (${report.shape}, delimiter ${report.delimiter === "\t" ? "tab" : report.delimiter}): ${report.importedRowCount} imported, ${report.ignoredRowCount} ignored`,
    `wrote ${report.intervalCount} interval(s) (${report.newIntervalCount} new, ${report.replacedIntervalCount} replaced) and ${report.dayCount} day(s) from ${report.firstInterval?.localStart} to ${report.lastInterval?.localStart} (${report.timeZone}) as import ${report.import?.id}`,
  ];
  for (const warning of report.warnings) lines.push(`warning: ${formatIssue(warning)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * `import-actuals --queue NAME --file actuals.csv` (issue 18): the same service as
 * `POST /api/queues/:id/actuals`. Prints the report as JSON and its summary on stderr; a rejected
 * file exits with code 2 after listing its first errors, and nothing is written.
 */
export function registerImportActualsCommand(program: Command): void {
  program
    .command("import-actuals")
    .description(
      "import a queue's actuals from CSV (interval totals or one row per contact), replacing the intervals the file contains",
    )
    .requiredOption(
      "--queue <name>",
      "the queue to import into (its zone, interval and answer threshold read the file)",
    )
    .requiredOption("--file <path>", "actuals CSV; - for stdin")
    .option("--shape <shape>", "interval-actuals or contacts (default: detected from the header)")
    .option("--skip-invalid", "import the valid rows and report the invalid ones")
    .option("--file-queue <value>", "the file's queue column value to import (default: --queue)")
    .option("--delimiter <delimiter>", DELIMITER_FLAG_HELP)
    .option("--date-format <format>", DATE_FORMAT_FLAG_HELP, "iso")
    .action(async (flags: ImportActualsFlags) => {
      const request = checkedFlags(flags);
      await runCsvImport(
        flags.file,
        (services, actor, input) => services.actualsImport.importCsvByQueueName(actor, flags.queue, input, request),
        summaryOf,
      );
    });
}
