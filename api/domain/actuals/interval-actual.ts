import type { HistoryIssue } from "../history/history-issue";
import type { HistoryWarningCounts } from "../history/history-import";
import type { LocalDate } from "../time/local-date";

/**
 * What happened in one queue interval. Counts may be fractional (a system reporting averaged or
 * weighted contacts). Contacts are counted in the interval they arrived in, so `handledCount` and
 * `abandonedCount` are the fates of that interval's arrivals.
 */
export interface IntervalActual {
  /** ISO 8601 in UTC. */
  intervalStart: string;
  offeredCount: number;
  handledCount: number;
  abandonedCount: number;
  /** Handled contacts answered within the queue's threshold; null when the source did not say. */
  answeredWithinThresholdCount: number | null;
  /** Abandoned contacts that gave up within the threshold ("short abandons"); null when unknown. */
  abandonedWithinThresholdCount: number | null;
  /** A service level the source computed itself, 0–1, when it gave no answered-within count. */
  reportedServiceLevelFraction: number | null;
  /** Mean handle time of the handled contacts. */
  ahtSeconds: number | null;
  /** Mean speed of answer of the handled contacts. */
  asaSeconds: number | null;
}

/** Per local day in the queue's zone: first-contact resolution (0–1) and CSAT (the source's scale: a mean score or a satisfied fraction). */
export interface DailyActual {
  localDate: LocalDate;
  fcrFraction: number | null;
  csatScore: number | null;
}

export type ActualsShape = "interval-actuals" | "contacts";

/** The outcome of reading an actuals file; when `ok` is false nothing may be written. */
export interface ActualsImportResult {
  ok: boolean;
  shape: ActualsShape | null;
  intervals: IntervalActual[];
  days: DailyActual[];
  rowCount: number;
  importedRowCount: number;
  skippedRowCount: number;
  otherQueueRowCount: number;
  errorCount: number;
  errors: HistoryIssue[];
  warningCount: number;
  warningCounts: HistoryWarningCounts;
  warnings: HistoryIssue[];
}
