import type { WeeklyWindow } from "../organisation/weekly-window";
import type { DateFormat } from "../time/parse-timestamp";
import type { IntervalMinutes } from "../time/interval-minutes";
import type { HistoryIssue } from "./history-issue";
import type { HistoryShape, ShapeOptions } from "./history-shape";
import type { DecimalSeparator } from "./parse-values";

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
  /** How the file writes dates; ISO 8601 unless named (day-first and month-first are never guessed). */
  dateFormat?: DateFormat;
  /** "," only in a `;`-delimited file, where European spreadsheets write decimal commas. */
  decimalSeparator?: DecimalSeparator;
  /** The queue's business hours, for the gap warning; without them, the weekly slots the file has data at. */
  openHours?: WeeklyWindow[];
}

/** One bucketed interval, as plain data for storage. */
export interface HistoryInterval {
  /** The interval's first instant, UTC milliseconds. */
  intervalStartUtcMs: number;
  count: number;
  /** Volume-weighted mean handle time; null when no row of the interval carried one. */
  ahtSeconds: number | null;
}

/** How many rows or stretches each kind of warning concerns (the listed warnings are capped at 50). */
export interface HistoryWarningCounts {
  /** Wall-clock times inside a spring-forward gap, moved forward by the gap. */
  nonexistentTimeRowCount: number;
  /** Wall-clock times in a fall-back hour, read as the earlier occurrence. */
  ambiguousTimeRowCount: number;
  /** Rows whose written offset differs from the queue zone's offset at that instant. */
  offsetMismatchRowCount: number;
  /** Stretches longer than a day without history inside open hours. */
  gapCount: number;
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
  /** Interval-count rows added to an earlier row of the same interval (onDuplicate=sum). */
  summedDuplicateRowCount: number;
  errorCount: number;
  /** The first 50 errors (or skipped rows). */
  errors: HistoryIssue[];
  warningCount: number;
  warningCounts: HistoryWarningCounts;
  /** The first 50 warnings. */
  warnings: HistoryIssue[];
}
