import type { IntervalMinutes } from "../time/interval-minutes";
import type { HistoryIssue } from "./history-issue";
import type { HistoryShape, ShapeOptions } from "./history-shape";

export type DuplicateRule = "error" | "sum";

export interface HistoryImportOptions extends ShapeOptions {
  /** IANA zone for timestamps without an offset, and for bucketing. */
  zoneName: string;
  intervalMinutes: IntervalMinutes;
  /** Keep only this queue's rows when the file has a `queue` column. */
  queue?: string;
  /** Interval-count rows with the same start: an error (default) or summed. Tickets always sum. */
  onDuplicate?: DuplicateRule;
  /** Import the valid rows and report the rest, instead of rejecting the file. */
  skipInvalid?: boolean;
}

/** One bucketed interval, as plain data for storage. */
export interface HistoryInterval {
  /** ISO 8601 in UTC, e.g. "2026-03-08T07:00:00Z". */
  intervalStart: string;
  count: number;
  /** Volume-weighted mean handle time; null when no row of the interval carried one. */
  ahtSeconds: number | null;
}

/**
 * The outcome of reading a history file. When `ok` is false, `intervals` is empty: a file with an
 * invalid row is rejected whole unless skipInvalid was asked for, and nothing may be written.
 */
export interface HistoryImportResult {
  ok: boolean;
  shape: HistoryShape | null;
  intervals: HistoryInterval[];
  /** Data rows read (the header excluded). */
  rowCount: number;
  /** Rows that went into `intervals`. */
  importedRowCount: number;
  /** Invalid rows left out under skipInvalid (0 otherwise). */
  skippedRowCount: number;
  /** Rows of other queues, ignored by design. */
  otherQueueRowCount: number;
  errorCount: number;
  /** The first 50 errors (or skipped rows). */
  errors: HistoryIssue[];
  warningCount: number;
  /** The first 50 warnings: wall-clock times that did not exist or occurred twice. */
  warnings: HistoryIssue[];
}
