import { parse } from "csv-parse";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import { detectDelimiter, type CsvDelimiter } from "./history-csv-dialect";

/** What a CSV importer feeds its records to: the header, then each data row, then `finish` once. */
export interface CsvRecordSink<R> {
  addHeader(header: string[]): void;
  /** `rowNumber` as a spreadsheet shows it (the header is row 1). */
  addRow(record: string[], rowNumber: number): void;
  finish(): R;
}

/** The first line of the text read so far, once it is complete (or the input ended). */
const firstLineOf = (text: string, isEnded: boolean): string | null => {
  const end = text.search(/\r|\n/);
  return end >= 0 ? text.slice(0, end) : isEnded ? text : null;
};

/**
 * Reads a CSV as a stream (csv-parse: quoted fields, embedded delimiters and newlines, CRLF, a UTF-8
 * BOM as spreadsheets write it, blank lines skipped) and feeds each record to the sink `makeSink`
 * builds for the delimiter found, so memory holds what the sink keeps, not the file. The delimiter
 * is `forcedDelimiter`, else the one the header line uses most of `,` `;` and tab. A file csv-parse
 * cannot read answers `unreadable(error)` instead of the sink's result.
 */
export async function readCsvRecords<R>(
  input: ChunkedInput,
  forcedDelimiter: CsvDelimiter | undefined,
  makeSink: (delimiter: CsvDelimiter) => CsvRecordSink<R>,
  unreadable: (error: Error & { lines?: number }) => R,
): Promise<{ result: R; delimiter: CsvDelimiter }> {
  const iterator: AsyncIterator<Buffer | string> | Iterator<Buffer | string> =
    typeof input === "string" || Buffer.isBuffer(input) ? [input][Symbol.iterator]() : input[Symbol.asyncIterator]();
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
  const delimiter = forcedDelimiter ?? detectDelimiter(header ?? "");
  const sink = makeSink(delimiter);
  const parser = parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, info: true });
  const feeding = feed(parser, pending, iterator);
  let isHeader = true;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (isHeader) {
        sink.addHeader(record);
        isHeader = false;
      } else {
        sink.addRow(record, info.lines);
      }
    }
    await feeding;
  } catch (error) {
    await feeding.catch(() => undefined);
    return { result: unreadable(error as Error), delimiter };
  }
  return { result: sink.finish(), delimiter };
}

/** Writes the buffered head and the rest of the input into the parser, waiting when it is full; stops reading once the parser failed. */
async function feed(
  parser: ReturnType<typeof parse>,
  pending: Buffer[],
  rest: AsyncIterator<Buffer | string> | Iterator<Buffer | string>,
): Promise<void> {
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
    for (let next = await rest.next(); !next.done && !parser.destroyed; next = await rest.next())
      await write(next.value);
  } finally {
    if (!parser.destroyed) parser.end();
  }
}
