import { parse } from "csv-parse";
import { HistoryAccumulator } from "../domain/history/history-accumulator";
import type { HistoryImportOptions, HistoryImportResult } from "../domain/history/history-import";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import { detectDelimiter, type CsvDelimiter } from "./history-csv-dialect";

export type HistoryCsvInput = ChunkedInput;

export interface HistoryReadOptions extends Omit<HistoryImportOptions, "decimalSeparator"> {
  /** Forces the delimiter; otherwise it is detected from the header line. */
  delimiter?: CsvDelimiter;
}

/** What the reader found, with the delimiter it read the file with. */
export type HistoryCsvResult = HistoryImportResult & { delimiter: CsvDelimiter };

/** The first line of the text read so far, once it is complete (or the input ended). */
const firstLineOf = (text: string, isEnded: boolean): string | null => {
  const end = text.search(/\r|\n/);
  return end >= 0 ? text.slice(0, end) : isEnded ? text : null;
};

/**
 * Reads a history CSV as a stream (csv-parse: quoted fields, embedded delimiters and newlines, CRLF,
 * a UTF-8 BOM as spreadsheets write it, blank lines skipped) and feeds each record to the pure
 * validator, so memory holds the intervals, not the file. The delimiter is `--delimiter`'s, else the
 * one the header line uses most of `,` `;` and tab; decimal commas are read only in a `;` file. The
 * result is plain data: the import service persists `intervals` when `ok`, and writes nothing otherwise.
 */
export async function readHistoryCsv(input: HistoryCsvInput, options: HistoryReadOptions): Promise<HistoryCsvResult> {
  const iterator: AsyncIterator<Buffer | string> | Iterator<Buffer | string> = typeof input === "string" || Buffer.isBuffer(input) ? [input][Symbol.iterator]() : input[Symbol.asyncIterator]();
  const pending: Buffer[] = [];
  let head = "";
  let header: string | null = null;
  while (header === null) {
    const next = await iterator.next();
    if (!next.done) {
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      pending.push(chunk);
      head += chunk.toString("utf8");
    }
    header = firstLineOf(head, next.done === true);
    if (next.done) break;
  }
  const delimiter = options.delimiter ?? detectDelimiter(header ?? "");
  const { delimiter: _forced, ...importOptions } = options;
  const accumulator = new HistoryAccumulator({ ...importOptions, decimalSeparator: delimiter === ";" ? "," : "." });
  const parser = parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true });
  const feeding = feed(parser, pending, iterator);
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
    await feeding;
  } catch (error) {
    await feeding.catch(() => undefined);
    return { ...unreadable(error as Error), delimiter };
  }
  return { ...accumulator.finish(), delimiter };
}

/** Writes the buffered head and the rest of the input into the parser, waiting when it is full; stops reading once the parser failed. */
async function feed(parser: ReturnType<typeof parse>, pending: Buffer[], rest: AsyncIterator<Buffer | string> | Iterator<Buffer | string>): Promise<void> {
  const write = async (chunk: Buffer | string) => {
    if (parser.destroyed || parser.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        parser.off("drain", done);
        parser.off("close", done);
        resolve();
      };
      parser.on("drain", done);
      parser.on("close", done);
    });
  };
  try {
    for (const chunk of pending) await write(chunk);
    for (let next = await rest.next(); !next.done && !parser.destroyed; next = await rest.next()) await write(next.value);
  } finally {
    if (!parser.destroyed) parser.end();
  }
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
