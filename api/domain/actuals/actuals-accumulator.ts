import { listIssue, type HistoryIssue } from "../history/history-issue";
import { HistoryWarnings } from "../history/history-warnings";
import type { DecimalSeparator } from "../history/parse-values";
import { QueueColumnFilter } from "../history/queue-column-filter";
import type { WeeklyWindow } from "../organisation/weekly-window";
import { bucketStartUtcMs } from "../time/bucket";
import { formatInstantInZone, formatInstantUtc } from "../time/format-instant";
import type { IntervalMinutes } from "../time/interval-minutes";
import { localDateOf } from "../time/local-day";
import type { DateFormat } from "../time/parse-timestamp";
import { assertValidTimeZone } from "../time/zone";
import { mapActualsColumns, type ActualsColumns } from "./actuals-columns";
import { addContact, emptyContactSums, intervalActualOf, type ContactIntervalSums } from "./contact-interval-sums";
import { readContactOutcome } from "./contact-outcome";
import { DailyOutcomeSums } from "./daily-outcome-sums";
import type { ActualsImportResult, ActualsShape, IntervalActual } from "./interval-actual";
import { readIntervalActualRow } from "./interval-actual-row";

export interface ActualsImportOptions {
  /** IANA zone: times without an offset are read in it, contacts bucketed and days cut in it. */
  zoneName: string;
  intervalMinutes: IntervalMinutes;
  /** The queue's target answer time: a contact answered (or abandoned) within it counts as within the threshold. */
  thresholdSeconds: number | null;
  shape?: ActualsShape;
  queue?: string;
  skipInvalid?: boolean;
  dateFormat?: DateFormat;
  decimalSeparator?: DecimalSeparator;
  openHours?: WeeklyWindow[];
}

/**
 * Validates actuals rows one at a time and buckets them into queue intervals (addHeader, addRow…,
 * finish), for interval totals and per-contact exports alike, with the history importer's rules:
 * a file with any bad row is refused whole (row, column, reason) unless skipInvalid, other queues'
 * rows are ignored, and wall-clock times follow the same DST rule and warnings. Pure.
 */
export class ActualsAccumulator {
  private columns: ActualsColumns | null = null;
  private readonly fileIssues: HistoryIssue[] = [];
  private readonly errors: HistoryIssue[] = [];
  private readonly intervalRows = new Map<number, { actual: IntervalActual; rowNumber: number }>();
  private readonly contactSums = new Map<number, ContactIntervalSums>();
  private readonly dailyOutcomes = new DailyOutcomeSums();
  private readonly queueFilter: QueueColumnFilter;
  private readonly warnings: HistoryWarnings;
  private counts = { rows: 0, imported: 0, invalid: 0 };

  constructor(private readonly options: ActualsImportOptions) {
    assertValidTimeZone(options.zoneName);
    this.queueFilter = new QueueColumnFilter(options.queue);
    this.warnings = new HistoryWarnings(options.zoneName);
  }

  addHeader(header: string[]): void {
    const mapped = mapActualsColumns(header, this.options.shape);
    if (Array.isArray(mapped)) this.fileIssues.push(...mapped);
    else this.columns = mapped;
  }

  addRow(record: string[], rowNumber: number): void {
    const columns = this.columns;
    if (!columns) return;
    this.counts.rows += 1;
    if (columns.queue !== null && !this.queueFilter.isOwn(record[columns.queue] ?? "")) return;
    const rowErrors: HistoryIssue[] = [];
    const isAdded =
      columns.shape === "contacts"
        ? this.addContactRow(record, rowNumber, columns, rowErrors)
        : this.addIntervalRow(record, rowNumber, columns, rowErrors);
    if (isAdded) this.counts.imported += 1;
    else {
      this.counts.invalid += 1;
      for (const issue of rowErrors) listIssue(this.errors, issue);
    }
  }

  private readOptions() {
    return {
      zoneName: this.options.zoneName,
      dateFormat: this.options.dateFormat,
      decimalSeparator: this.options.decimalSeparator ?? ".",
    };
  }

  private addContactRow(
    record: string[],
    rowNumber: number,
    columns: ActualsColumns & { shape: "contacts" },
    errors: HistoryIssue[],
  ): boolean {
    const contact = readContactOutcome(record, rowNumber, columns, this.readOptions(), errors);
    if (!contact) return false;
    this.warnings.noteTimestamp(
      rowNumber,
      columns.header[columns.created]!,
      record[columns.created] ?? "",
      contact.created,
    );
    const start = bucketStartUtcMs(contact.created.instantUtcMs, this.options.zoneName, this.options.intervalMinutes);
    const sums = this.contactSums.get(start) ?? emptyContactSums();
    addContact(sums, contact, this.options.thresholdSeconds);
    this.contactSums.set(start, sums);
    const fcr = contact.isResolvedFirstContact === null ? null : Number(contact.isResolvedFirstContact);
    this.dailyOutcomes.add(localDateOf(contact.created.instantUtcMs, this.options.zoneName), fcr, contact.csatScore, 1);
    return true;
  }

  private addIntervalRow(
    record: string[],
    rowNumber: number,
    columns: ActualsColumns & { shape: "interval-actuals" },
    errors: HistoryIssue[],
  ): boolean {
    const row = readIntervalActualRow(record, rowNumber, columns, this.readOptions(), errors);
    if (!row) return false;
    const instant = row.start.instantUtcMs;
    const column = columns.header[columns.timestamp]!;
    const bucket = bucketStartUtcMs(instant, this.options.zoneName, this.options.intervalMinutes);
    if (bucket !== instant)
      errors.push({
        rowNumber,
        column,
        reason: `${formatInstantInZone(instant, this.options.zoneName)} is not the start of a ${this.options.intervalMinutes}-minute interval`,
      });
    const earlier = this.intervalRows.get(instant);
    if (earlier) errors.push({ rowNumber, column, reason: `duplicate of row ${earlier.rowNumber} (same interval)` });
    if (errors.length > 0) return false;
    this.warnings.noteTimestamp(rowNumber, column, record[columns.timestamp] ?? "", row.start);
    this.intervalRows.set(instant, { actual: { intervalStart: formatInstantUtc(instant), ...row.actual }, rowNumber });
    this.dailyOutcomes.add(
      localDateOf(instant, this.options.zoneName),
      row.fcrFraction,
      row.csatScore,
      row.actual.handledCount,
    );
    return true;
  }

  finish(): ActualsImportResult {
    const fileIssues = [
      ...this.fileIssues,
      ...(this.columns ? this.queueFilter.issues(this.columns.queue !== null) : []),
    ];
    const isEmpty = this.columns === null && fileIssues.length === 0;
    const ok =
      this.columns !== null &&
      fileIssues.length === 0 &&
      (this.counts.invalid === 0 || this.options.skipInvalid === true);
    const intervals = ok ? this.intervals() : [];
    this.warnings.finish(
      intervals.map((interval) => Date.parse(interval.intervalStart)),
      this.options.intervalMinutes,
      this.options.openHours ?? [],
    );
    return {
      ok,
      shape: this.columns?.shape ?? null,
      intervals,
      days: ok ? this.dailyOutcomes.list() : [],
      rowCount: this.counts.rows,
      importedRowCount: ok ? this.counts.imported : 0,
      skippedRowCount: ok ? this.counts.invalid : 0,
      otherQueueRowCount: this.queueFilter.otherQueueRowCount,
      errorCount: isEmpty ? 1 : fileIssues.length + this.counts.invalid,
      errors: isEmpty
        ? [{ rowNumber: null, column: null, reason: "the file is empty (no header row)" }]
        : [...fileIssues, ...this.errors].slice(0, 50),
      warningCount: this.warnings.total,
      warningCounts: { ...this.warnings.counts },
      warnings: this.warnings.listed,
    };
  }

  private intervals(): IntervalActual[] {
    if (this.columns?.shape === "interval-actuals")
      return [...this.intervalRows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.actual);
    return [...this.contactSums.entries()]
      .sort(([a], [b]) => a - b)
      .map(([start, sums]) => intervalActualOf(formatInstantUtc(start), sums, this.options.thresholdSeconds));
  }
}
