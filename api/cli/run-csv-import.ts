import type { Readable } from "node:stream";
import { formatIssue, type HistoryIssue } from "../domain/history/history-issue";
import { AppError } from "../errors/app-error";
import type { Actor } from "../services/actor";
import { createServices, type Services } from "../services/services";
import { appVersion } from "../version";
import { CliInputError } from "./cli-error";
import { EXIT_INPUT_PROBLEM } from "./exit-status";
import { exitStatusOfError } from "./exit-status-of-error";
import { openInputStream } from "./read-input";
import { withDatabase } from "./with-database";

/** What every CSV import answers: whether it wrote, and the rows it refused or skipped. */
interface CsvImportReport {
  isWritten: boolean;
  errorCount: number;
  skippedRowCount: number;
  errors: HistoryIssue[];
}

/**
 * One CSV import command (`import`, `import-actuals`): reads `file` (- for stdin) into `importCsv` as
 * the organisation's actor; an input problem the service refuses, or a rejected file (its first
 * errors listed), exits with code 2 and writes nothing; skipped rows and the summary go to stderr and
 * the report, as JSON, to stdout.
 */
export async function runCsvImport<Report extends CsvImportReport>(
  file: string,
  importCsv: (services: Services, actor: Actor, input: Readable) => Promise<Report>,
  summaryOf: (report: Report) => string,
): Promise<void> {
  const input = await openInputStream(file);
  const report = await withDatabase(async (dataSource) => {
    const services = createServices({ dataSource, version: appVersion });
    const actor = await services.organisationContext.actorForRequest();
    return importCsv(services, actor, input).catch((error: unknown) => {
      if (error instanceof AppError && exitStatusOfError(error) === EXIT_INPUT_PROBLEM)
        throw new CliInputError(error.message);
      throw error;
    });
  });
  const listed = report.errors.map((issue) => `  ${formatIssue(issue)}`).join("\n");
  if (!report.isWritten)
    throw new CliInputError(`${file} was rejected: ${report.errorCount} error(s), nothing was written\n${listed}`);
  if (report.skippedRowCount > 0)
    process.stderr.write(`skipped ${report.skippedRowCount} invalid row(s):\n${listed}\n`);
  process.stderr.write(summaryOf(report));
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
