import type { DuplicateRule, HistoryImportResult } from "../domain/history/history-import";
import type { Queue } from "../domain/organisation/queue";
import { formatInstantInZone } from "../domain/time/format-instant";
import type { DateFormat } from "../domain/time/parse-timestamp";
import type { HistoryImportReport } from "../contracts/history";
import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { CsvDelimiter } from "../codecs/history-csv-dialect";
import type { HistoryCsvInput } from "../codecs/history-csv-reader";
import { readHistoryCsvOffThread } from "../infrastructure/workers/history-import-thread";
import type { QueueService } from "./queue-service";

export interface HistoryImportRequest {
  timestampColumn?: string;
  skipInvalid: boolean;
  onDuplicate: DuplicateRule;
  /** The file's queue column value to import; the queue's name when not given. */
  fileQueue?: string;
  /** Forces the delimiter; detected from the header line otherwise. */
  delimiter?: CsvDelimiter;
  dateFormat?: DateFormat;
}

type Written = { newCount: number; replacedCount: number } | null;

function boundOf(instant: number | undefined, timeZone: string): HistoryImportReport["firstInterval"] {
  if (instant === undefined) return null;
  return { start: new Date(instant).toISOString(), localStart: formatInstantInZone(instant, timeZone) };
}

function reportOf(
  result: HistoryImportResult,
  queue: Queue,
  delimiter: CsvDelimiter,
  written: Written,
): HistoryImportReport {
  const intervals = written ? result.intervals : [];
  return {
    isWritten: written !== null,
    shape: result.shape,
    timeZone: queue.timeZone,
    delimiter,
    rowCount: result.rowCount,
    importedRowCount: result.importedRowCount,
    ignoredRowCount: result.skippedRowCount + result.otherQueueRowCount,
    skippedRowCount: result.skippedRowCount,
    otherQueueRowCount: result.otherQueueRowCount,
    summedDuplicateRowCount: result.summedDuplicateRowCount,
    intervalCount: intervals.length,
    newIntervalCount: written?.newCount ?? 0,
    replacedIntervalCount: written?.replacedCount ?? 0,
    firstInterval: boundOf(intervals[0]?.intervalStartUtcMs, queue.timeZone),
    lastInterval: boundOf(intervals.at(-1)?.intervalStartUtcMs, queue.timeZone),
    errorCount: result.errorCount,
    errors: result.errors,
    warningCount: result.warningCount,
    warningCounts: result.warningCounts,
    warnings: result.warnings,
  };
}

/**
 * History import shared by `POST /api/queues/:id/history` and `cli import`: reads the CSV in a
 * worker thread in the queue's zone and interval, and either writes nothing (a rejected file) or
 * writes the file's intervals in one transaction, each replacing the stored interval with the same
 * start and leaving every other stored interval as it was (a two-row file changes two intervals).
 */
export function createHistoryImportService(persistence: Persistence, queues: QueueService) {
  async function importInto(
    queue: Queue,
    input: HistoryCsvInput,
    request: HistoryImportRequest,
  ): Promise<HistoryImportReport> {
    const result = await readHistoryCsvOffThread(input, {
      zoneName: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      timestampColumn: request.timestampColumn,
      skipInvalid: request.skipInvalid,
      onDuplicate: request.onDuplicate,
      queue: request.fileQueue ?? queue.name,
      delimiter: request.delimiter,
      dateFormat: request.dateFormat,
      openHours: queue.businessHours,
    });
    const delimiter = result.delimiter;
    if (!result.ok) return reportOf(result, queue, delimiter, null);
    if (result.intervals.length === 0) {
      const noRows = { rowNumber: null, column: null, reason: "the file has no valid rows to import" };
      return reportOf(
        { ...result, errorCount: result.errorCount + 1, errors: [noRows, ...result.errors].slice(0, 50) },
        queue,
        delimiter,
        null,
      );
    }
    const rows = result.intervals.map((interval) => ({
      intervalStart: new Date(interval.intervalStartUtcMs),
      volume: interval.count,
      ahtSeconds: interval.ahtSeconds,
    }));
    const written = await persistence.inTransaction((repositories) =>
      repositories.history.upsertIntervals(queue.id, rows),
    );
    return reportOf(result, queue, delimiter, written);
  }

  return {
    async importCsv(
      actor: Actor,
      queueId: string,
      input: HistoryCsvInput,
      request: HistoryImportRequest,
    ): Promise<HistoryImportReport> {
      return importInto(await queues.get(actor, queueId), input, request);
    },
    async importCsvByQueueName(
      actor: Actor,
      queueName: string,
      input: HistoryCsvInput,
      request: HistoryImportRequest,
    ): Promise<HistoryImportReport> {
      const queue = await persistence.repositories.queues.findByName(actor.organisationId, queueName);
      if (!queue) throw notFound(`Queue ${JSON.stringify(queueName)}`);
      return importInto(queue, input, request);
    },
  };
}

export type HistoryImportService = ReturnType<typeof createHistoryImportService>;
