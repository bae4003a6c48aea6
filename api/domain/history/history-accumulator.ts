import { bucketStartUtcMs } from "../time/bucket";
import { readTimestamp } from "../time/parse-timestamp";
import { assertValidTimeZone } from "../time/zone";
import { listIssue, type HistoryIssue } from "./history-issue";
import type { HistoryImportOptions, HistoryImportResult, HistoryInterval } from "./history-import";
import { mapColumns, type ColumnMap } from "./history-shape";
import { HistoryWarnings } from "./history-warnings";
import { QueueColumnFilter } from "./queue-column-filter";
import { readCount, readDurationSeconds } from "./parse-values";
import { MINUTES_PER_DAY, MS_PER_MINUTE } from "../time/durations";

/** Fewer rows than a day of hours say too little about a file's grid to refuse it. */
const MIN_ROWS_TO_JUDGE_GRID = 24;

interface Bucket {
  count: number;
  ahtSecondsSum: number;
  ahtCount: number;
  /** The handle time of the bucket's only timed row, kept as written: (a·c)/c is not always a in floating point. */
  onlyAhtSeconds: number | null;
  ahtRowCount: number;
}

interface ParsedRow {
  instantUtcMs: number;
  count: number;
  ahtSeconds: number | null;
}

/**
 * Validates and buckets history rows one at a time, so a streaming reader can feed it a file of any
 * size: `addHeader`, then `addRow` for each record, then `finish`. Pure: the caller does the I/O.
 */
export class HistoryAccumulator {
  private columns: ColumnMap | null = null;
  private readonly buckets = new Map<number, Bucket>();
  private readonly rowOfInstant = new Map<number, number>();
  private readonly queueFilter: QueueColumnFilter;
  private readonly errors: HistoryIssue[] = [];
  private readonly fileIssues: HistoryIssue[] = [];
  private counts = { rows: 0, imported: 0, invalid: 0, summedDuplicates: 0 };
  private readonly warnings: HistoryWarnings;

  constructor(private readonly options: HistoryImportOptions) {
    assertValidTimeZone(options.zoneName);
    this.warnings = new HistoryWarnings(options.zoneName);
    this.queueFilter = new QueueColumnFilter(options.queue);
  }

  addHeader(header: string[]): void {
    const mapped = mapColumns(header, this.options);
    if (Array.isArray(mapped)) this.fileIssues.push(...mapped);
    else this.columns = mapped;
  }

  /** `rowNumber` as a spreadsheet shows it (the header is row 1). */
  addRow(record: string[], rowNumber: number): void {
    const columns = this.columns;
    if (!columns) return;
    this.counts.rows += 1;
    if (!this.isOwnQueue(record, columns)) return;
    const rowErrors: HistoryIssue[] = [];
    const parsed = this.parseRow(record, rowNumber, columns, rowErrors);
    if (parsed && columns.shape === "interval-counts")
      this.checkDuplicate(parsed.instantUtcMs, rowNumber, columns, rowErrors);
    if (rowErrors.length > 0 || !parsed) {
      this.counts.invalid += 1;
      for (const issue of rowErrors) listIssue(this.errors, issue);
      return;
    }
    this.addToBucket(parsed);
    this.counts.imported += 1;
  }

  private isOwnQueue(record: string[], columns: ColumnMap): boolean {
    return columns.queue === null || this.queueFilter.isOwn(record[columns.queue] ?? "");
  }

  private parseRow(record: string[], rowNumber: number, columns: ColumnMap, errors: HistoryIssue[]): ParsedRow | null {
    const header = columns.header;
    const timestampText = record[columns.timestamp] ?? "";
    const timestamp = readTimestamp(timestampText, this.options.zoneName, this.options.dateFormat);
    if ("problem" in timestamp)
      errors.push({ rowNumber, column: header[columns.timestamp]!, reason: timestamp.problem });
    let count = 1;
    if (columns.count !== null) {
      const reading = readCount(record[columns.count] ?? "", this.options.decimalSeparator);
      if ("problem" in reading) errors.push({ rowNumber, column: header[columns.count]!, reason: reading.problem });
      else count = reading.value;
    }
    const ahtSeconds = this.parseAht(record, rowNumber, columns, errors);
    if ("problem" in timestamp || errors.length > 0) return null;
    this.warnings.noteTimestamp(rowNumber, header[columns.timestamp]!, timestampText, timestamp);
    return { instantUtcMs: timestamp.instantUtcMs, count, ahtSeconds };
  }

  private parseAht(record: string[], rowNumber: number, columns: ColumnMap, errors: HistoryIssue[]): number | null {
    if (columns.ahtSeconds === null) return null;
    const text = (record[columns.ahtSeconds] ?? "").trim();
    if (text === "") return null;
    const reading = readDurationSeconds(text, this.options.decimalSeparator);
    if ("problem" in reading) {
      errors.push({ rowNumber, column: columns.header[columns.ahtSeconds]!, reason: reading.problem });
      return null;
    }
    return columns.isHandleTimeInMinutes ? reading.value * 60 : reading.value;
  }

  private checkDuplicate(instantUtcMs: number, rowNumber: number, columns: ColumnMap, errors: HistoryIssue[]): void {
    const firstRow = this.rowOfInstant.get(instantUtcMs);
    if (firstRow === undefined) this.rowOfInstant.set(instantUtcMs, rowNumber);
    else if ((this.options.onDuplicate ?? "error") === "error") {
      errors.push({
        rowNumber,
        column: columns.header[columns.timestamp]!,
        reason: `duplicate of row ${firstRow} (same interval); use --on-duplicate sum to add them`,
      });
    } else this.counts.summedDuplicates += 1;
  }

  private addToBucket(row: ParsedRow): void {
    const start = bucketStartUtcMs(row.instantUtcMs, this.options.zoneName, this.options.intervalMinutes);
    const bucket = this.buckets.get(start) ?? {
      count: 0,
      ahtSecondsSum: 0,
      ahtCount: 0,
      onlyAhtSeconds: null,
      ahtRowCount: 0,
    };
    bucket.count += row.count;
    if (row.ahtSeconds !== null && row.count > 0) {
      bucket.ahtSecondsSum += row.ahtSeconds * row.count;
      bucket.ahtCount += row.count;
      bucket.ahtRowCount += 1;
      bucket.onlyAhtSeconds = row.ahtSeconds;
    }
    this.buckets.set(start, bucket);
  }

  finish(): HistoryImportResult {
    const fileIssues = [
      ...this.fileIssues,
      ...(this.columns ? this.queueFilter.issues(this.columns.queue !== null) : []),
      ...this.granularityIssues(),
    ];
    const isEmpty = this.columns === null && fileIssues.length === 0;
    const ok =
      fileIssues.length === 0 &&
      (this.counts.invalid === 0 || this.options.skipInvalid === true) &&
      this.columns !== null;
    const intervals = ok ? this.intervals() : [];
    this.warnings.finish(
      intervals.map((interval) => interval.intervalStartUtcMs),
      this.options.intervalMinutes,
      this.options.openHours ?? [],
    );
    return {
      ok,
      shape: this.columns?.shape ?? null,
      intervals,
      rowCount: this.counts.rows,
      importedRowCount: ok ? this.counts.imported : 0,
      skippedRowCount: ok ? this.counts.invalid : 0,
      otherQueueRowCount: this.queueFilter.otherQueueRowCount,
      summedDuplicateRowCount: this.counts.summedDuplicates,
      errorCount: isEmpty ? 1 : fileIssues.length + this.counts.invalid,
      errors: isEmpty
        ? [{ rowNumber: null, column: null, reason: "the file is empty (no header row)" }]
        : [...fileIssues, ...this.errors].slice(0, 50),
      warningCount: this.warnings.total,
      warningCounts: { ...this.warnings.counts },
      warnings: this.warnings.listed,
    };
  }

  /**
   * Counts cannot be split: when every interval-count row lies on a grid coarser than the queue
   * interval (the greatest common divisor of their distances, e.g. hourly rows for 15-minute
   * intervals), the file is refused rather than piling each hour into its first quarter.
   */
  private granularityIssues(): HistoryIssue[] {
    if (this.columns?.shape !== "interval-counts" || this.rowOfInstant.size < MIN_ROWS_TO_JUDGE_GRID) return [];
    let first: number | null = null;
    let stepMinutes = 0;
    for (const instant of this.rowOfInstant.keys()) {
      first ??= instant;
      stepMinutes = greatestCommonDivisor(stepMinutes, Math.abs(Math.round((instant - first) / MS_PER_MINUTE)));
    }
    if (stepMinutes <= this.options.intervalMinutes || stepMinutes >= MINUTES_PER_DAY) return [];
    return [
      {
        rowNumber: null,
        column: null,
        reason: `rows lie on a ${stepMinutes}-minute grid, coarser than ${this.options.intervalMinutes}-minute intervals: counts cannot be split`,
      },
    ];
  }

  private intervals(): HistoryInterval[] {
    return [...this.buckets.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, bucket]) => ({
        intervalStartUtcMs: start,
        count: bucket.count,
        ahtSeconds:
          bucket.ahtRowCount === 1
            ? bucket.onlyAhtSeconds
            : bucket.ahtCount > 0
              ? bucket.ahtSecondsSum / bucket.ahtCount
              : null,
      }));
  }
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
