import { parse } from "csv-parse";
import type { Readable } from "node:stream";
import { HistoryAccumulator } from "../domain/history/history-accumulator";
import type { HistoryImportOptions, HistoryImportResult } from "../domain/history/history-import";

/**
 * Reads a history CSV as a stream (csv-parse: quoted fields, embedded commas and newlines, a UTF-8
 * BOM as spreadsheets write it) and feeds each record to the pure validator, so memory holds the
 * intervals, not the file. The result is plain data: the import service persists `intervals` in
 * one transaction when `ok`, and writes nothing otherwise.
 */
export async function readHistoryCsv(input: Readable | string | Buffer, options: HistoryImportOptions): Promise<HistoryImportResult> {
  const accumulator = new HistoryAccumulator(options);
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  const source = typeof input === "string" || Buffer.isBuffer(input) ? null : input;
  if (source) source.pipe(parser);
  else parser.end(input);
  let isHeader = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (isHeader) {
        accumulator.addHeader(record);
        isHeader = false;
      } else {
        accumulator.addRow(record, info.lines);
      }
    }
  } catch (error) {
    return unreadable(error as Error);
  }
  return accumulator.finish();
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
    errorCount: 1,
    errors: [{ rowNumber: error.lines ?? null, column: null, reason: `not a readable CSV file: ${error.message}` }],
    warningCount: 0,
    warnings: [],
  };
}
