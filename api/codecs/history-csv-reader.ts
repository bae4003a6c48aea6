import { HistoryAccumulator } from "../domain/history/history-accumulator";
import type { HistoryImportOptions, HistoryImportResult } from "../domain/history/history-import";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import type { CsvDelimiter } from "./history-csv-dialect";
import { readCsvRecords } from "./csv-record-reader";

export type HistoryCsvInput = ChunkedInput;

export interface HistoryReadOptions extends Omit<HistoryImportOptions, "decimalSeparator"> {
  /** Forces the delimiter; otherwise it is detected from the header line. */
  delimiter?: CsvDelimiter;
}

/** What the reader found, with the delimiter it read the file with. */
export type HistoryCsvResult = HistoryImportResult & { delimiter: CsvDelimiter };

/**
 * Reads a history CSV as a stream (csv-record-reader.ts) and feeds each record to the pure
 * validator, so memory holds the intervals, not the file. The delimiter is `--delimiter`'s, else the
 * one the header line uses most of `,` `;` and tab; decimal commas are read only in a `;` file. The
 * result is plain data: the import service persists `intervals` when `ok`, and writes nothing otherwise.
 */
export async function readHistoryCsv(input: HistoryCsvInput, options: HistoryReadOptions): Promise<HistoryCsvResult> {
  const { delimiter: forced, ...importOptions } = options;
  const { result, delimiter } = await readCsvRecords(
    input,
    forced,
    (found) => new HistoryAccumulator({ ...importOptions, decimalSeparator: found === ";" ? "," : "." }),
    unreadable,
  );
  return { ...result, delimiter };
}

function unreadable(error: Error & { lines?: number }): HistoryImportResult {
  return {
    ok: false,
    shape: null,
    intervals: [],
    rowCount: 0,
    importedRowCount: 0,
    skippedRowCount: 0,
    otherQueueRowCount: 0,
    summedDuplicateRowCount: 0,
    errorCount: 1,
    errors: [{ rowNumber: error.lines ?? null, column: null, reason: `not a readable CSV file: ${error.message}` }],
    warningCount: 0,
    warningCounts: { nonexistentTimeRowCount: 0, ambiguousTimeRowCount: 0, offsetMismatchRowCount: 0, gapCount: 0 },
    warnings: [],
  };
}
