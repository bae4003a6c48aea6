import { ActualsAccumulator, type ActualsImportOptions } from "../domain/actuals/actuals-accumulator";
import type { ActualsImportResult } from "../domain/actuals/interval-actual";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import type { CsvDelimiter } from "./history-csv-dialect";
import { readCsvRecords } from "./csv-record-reader";

export interface ActualsReadOptions extends Omit<ActualsImportOptions, "decimalSeparator"> {
  delimiter?: CsvDelimiter;
}

export type ActualsCsvResult = ActualsImportResult & { delimiter: CsvDelimiter };

/** Reads an actuals CSV with the history importer's dialect rules (csv-record-reader.ts); decimal commas only in a `;` file. */
export async function readActualsCsv(input: ChunkedInput, options: ActualsReadOptions): Promise<ActualsCsvResult> {
  const { delimiter: forced, ...importOptions } = options;
  const { result, delimiter } = await readCsvRecords(
    input,
    forced,
    (found) => new ActualsAccumulator({ ...importOptions, decimalSeparator: found === ";" ? "," : "." }),
    (error) => unreadable(error),
  );
  return { ...result, delimiter };
}

function unreadable(error: Error & { lines?: number }): ActualsImportResult {
  return {
    ok: false,
    shape: null,
    intervals: [],
    days: [],
    rowCount: 0,
    importedRowCount: 0,
    skippedRowCount: 0,
    otherQueueRowCount: 0,
    errorCount: 1,
    errors: [{ rowNumber: error.lines ?? null, column: null, reason: `not a readable CSV file: ${error.message}` }],
    warningCount: 0,
    warningCounts: { nonexistentTimeRowCount: 0, ambiguousTimeRowCount: 0, offsetMismatchRowCount: 0, gapCount: 0 },
    warnings: [],
  };
}
