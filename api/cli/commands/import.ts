import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Command } from "commander";
import { formatIssue } from "../../domain/history/history-issue";
import { AppError } from "../../http/errors";
import { createServices } from "../../services/services";
import { appVersion } from "../../version";
import { CliInputError } from "../cli-error";
import { withDatabase } from "../with-database";

interface ImportFlags {
  queue: string;
  file: string;
  timestampColumn?: string;
  skipInvalid?: boolean;
  onDuplicate: string;
  fileQueue?: string;
}

/**
 * `import --queue NAME --file history.csv` (issue 4): the same service as
 * `POST /api/queues/:id/history`. Prints the import report as JSON; a rejected file exits with
 * code 2 after listing its first errors on stderr, and nothing is written.
 */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import a queue's history from CSV (interval counts or one row per ticket), replacing the local days it covers")
    .requiredOption("--queue <name>", "the queue to import into (its zone and interval bucket the file)")
    .requiredOption("--file <path>", "history CSV; - for stdin")
    .option("--timestamp-column <column>", "the timestamp column of a per-ticket export, e.g. created_at")
    .option("--skip-invalid", "import the valid rows and report the invalid ones")
    .option("--on-duplicate <rule>", "interval-count rows with the same start: error or sum", "error")
    .option("--file-queue <value>", "the file's queue column value to import (default: --queue)")
    .action(async (flags: ImportFlags) => {
      if (flags.onDuplicate !== "error" && flags.onDuplicate !== "sum") throw new CliInputError(`--on-duplicate must be error or sum, got ${flags.onDuplicate}`);
      const input = await openInput(flags.file);
      const report = await withDatabase(async (dataSource) => {
        const services = createServices({ dataSource, version: appVersion });
        const actor = await services.organisationContext.actorForRequest();
        return services.historyImport
          .importCsvByQueueName(actor, flags.queue, input, {
            timestampColumn: flags.timestampColumn,
            skipInvalid: flags.skipInvalid === true,
            onDuplicate: flags.onDuplicate as "error" | "sum",
            fileQueue: flags.fileQueue,
          })
          .catch((error: unknown) => {
            if (error instanceof AppError && error.status < 500) throw new CliInputError(error.message);
            throw error;
          });
      });
      const listed = report.errors.map((issue) => `  ${formatIssue(issue)}`).join("\n");
      if (!report.isWritten) throw new CliInputError(`${flags.file} was rejected: ${report.errorCount} error(s), nothing was written\n${listed}`);
      if (report.skippedRowCount > 0) process.stderr.write(`skipped ${report.skippedRowCount} invalid row(s):\n${listed}\n`);
      if (report.warningCount > 0) process.stderr.write(`warning: ${report.warningCount} wall-clock time(s) resolved by the DST rule\n`);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    });
}

async function openInput(path: string): Promise<Readable> {
  if (path === "-") return process.stdin;
  await access(path).catch((error: Error) => {
    throw new CliInputError(`cannot read --file ${path}: ${error.message}`);
  });
  return createReadStream(path);
}
