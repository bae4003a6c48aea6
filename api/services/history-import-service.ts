import type { Readable } from "node:stream";
import { DateTime } from "luxon";
import type { DuplicateRule, HistoryImportResult } from "../domain/history/history-import";
import type { Queue } from "../domain/organisation/queue";
import type { HistoryImportReport } from "../http/contracts/history";
import { notFound } from "../http/errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import { readHistoryCsv } from "./history-csv-reader";
import type { QueueService } from "./queue-service";

export interface HistoryImportRequest {
  timestampColumn?: string;
  skipInvalid: boolean;
  onDuplicate: DuplicateRule;
  /** The file's queue column value to import; the queue's name when not given. */
  fileQueue?: string;
}

type ReplacedRange = NonNullable<HistoryImportReport["replacedRange"]>;

/**
 * The local days of the queue's zone that the file's intervals touch. A re-import replaces whole
 * days: a ticket export for March clears March's old rows even where March now has none (a closed
 * night is missing, not zero, and must not keep the previous file's contacts).
 */
export function coveredLocalDays(result: HistoryImportResult, timeZone: string): ReplacedRange | null {
  if (result.intervals.length === 0) return null;
  const first = DateTime.fromISO(result.intervals[0].intervalStart, { zone: timeZone }).startOf("day");
  const last = DateTime.fromISO(result.intervals[result.intervals.length - 1].intervalStart, { zone: timeZone }).startOf("day").plus({ days: 1 });
  return { from: first.toUTC().toISO()!, to: last.toUTC().toISO()!, fromDate: first.toISODate()!, toDate: last.toISODate()! };
}

function reportOf(result: HistoryImportResult, isWritten: boolean, replacedRange: ReplacedRange | null): HistoryImportReport {
  return {
    isWritten,
    shape: result.shape,
    rowCount: result.rowCount,
    importedRowCount: result.importedRowCount,
    skippedRowCount: result.skippedRowCount,
    otherQueueRowCount: result.otherQueueRowCount,
    intervalCount: isWritten ? result.intervals.length : 0,
    replacedRange: isWritten ? replacedRange : null,
    errorCount: result.errorCount,
    errors: result.errors,
    warningCount: result.warningCount,
    warnings: result.warnings,
  };
}

/**
 * History import shared by `POST /api/queues/:id/history` and `cli import`: reads the CSV in the
 * queue's zone and interval, and either writes nothing (a rejected file) or replaces the local days
 * the file covers in one transaction, so a reader never sees half an import.
 */
export function createHistoryImportService(persistence: Persistence, queues: QueueService) {
  async function importInto(queue: Queue, input: Readable | string, request: HistoryImportRequest): Promise<HistoryImportReport> {
    const result = await readHistoryCsv(input, {
      zoneName: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      timestampColumn: request.timestampColumn,
      skipInvalid: request.skipInvalid,
      onDuplicate: request.onDuplicate,
      queue: request.fileQueue ?? queue.name,
    });
    const range = coveredLocalDays(result, queue.timeZone);
    if (!result.ok) return reportOf(result, false, null);
    if (range === null) {
      const noRows = { rowNumber: null, column: null, reason: "the file has no valid rows to import" };
      return reportOf({ ...result, errorCount: result.errorCount + 1, errors: [noRows, ...result.errors].slice(0, 50) }, false, null);
    }
    const rows = result.intervals.map((interval) => ({ intervalStart: new Date(interval.intervalStart), volume: interval.count, ahtSeconds: interval.ahtSeconds }));
    await persistence.inTransaction((repositories) => repositories.history.replaceRange(queue.id, new Date(range.from), new Date(range.to), rows));
    return reportOf(result, true, range);
  }

  return {
    async importCsv(actor: Actor, queueId: string, input: Readable | string, request: HistoryImportRequest): Promise<HistoryImportReport> {
      return importInto(await queues.get(actor, queueId), input, request);
    },
    async importCsvByQueueName(actor: Actor, queueName: string, input: Readable | string, request: HistoryImportRequest): Promise<HistoryImportReport> {
      const queue = await persistence.repositories.queues.findByName(actor.organisationId, queueName);
      if (!queue) throw notFound(`Queue ${JSON.stringify(queueName)}`);
      return importInto(queue, input, request);
    },
  };
}

export type HistoryImportService = ReturnType<typeof createHistoryImportService>;
