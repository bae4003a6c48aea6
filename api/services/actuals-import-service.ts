import type { ActualsShape, ActualsImportResult } from "../domain/actuals/interval-actual";
import type { Queue } from "../domain/organisation/queue";
import { formatInstantInZone } from "../domain/time/format-instant";
import type { DateFormat } from "../domain/time/parse-timestamp";
import type { ActualsImportReport } from "../contracts/actuals";
import { notFound } from "../errors/app-errors";
import type { ActualsImportRecord } from "../persistence/repositories/actuals-repository";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { CsvDelimiter } from "../codecs/history-csv-dialect";
import type { ChunkedInput } from "../infrastructure/workers/worker-chunks";
import { readActualsCsvOffThread } from "../infrastructure/workers/actuals-import-thread";
import type { QueueService } from "./queue-service";

export interface ActualsImportRequest {
  shape?: ActualsShape;
  skipInvalid: boolean;
  fileQueue?: string;
  delimiter?: CsvDelimiter;
  dateFormat?: DateFormat;
}

const boundOf = (intervalStart: string | undefined, timeZone: string) => {
  if (intervalStart === undefined) return null;
  const instant = Date.parse(intervalStart);
  return { start: new Date(instant).toISOString(), localStart: formatInstantInZone(instant, timeZone) };
};

export const presentImportRecord = (record: ActualsImportRecord) => ({
  ...record,
  importedAt: record.importedAt.toISOString(),
});

function reportOf(
  result: ActualsImportResult,
  queue: Queue,
  delimiter: CsvDelimiter,
  written: ActualsImportRecord | null,
): ActualsImportReport {
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
    intervalCount: intervals.length,
    newIntervalCount: written?.newIntervalCount ?? 0,
    replacedIntervalCount: written?.replacedIntervalCount ?? 0,
    dayCount: written ? result.days.length : 0,
    firstInterval: boundOf(intervals[0]?.intervalStart, queue.timeZone),
    lastInterval: boundOf(intervals.at(-1)?.intervalStart, queue.timeZone),
    errorCount: result.errorCount,
    errors: result.errors,
    warningCount: result.warningCount,
    warningCounts: result.warningCounts,
    warnings: result.warnings,
    import: written ? presentImportRecord(written) : null,
  };
}

/**
 * Actuals import shared by `POST /api/queues/:id/actuals` and `cli import-actuals`, on the history
 * importer's machinery (the CSV dialects, the worker thread for large files, all or nothing unless
 * skipInvalid): a written file is one transaction that logs the import (who, when) and replaces each
 * interval and day it contains, leaving every other stored one as it was.
 */
export function createActualsImportService(persistence: Persistence, queues: QueueService, clock: () => Date) {
  async function importInto(
    actor: Actor,
    queue: Queue,
    input: ChunkedInput,
    request: ActualsImportRequest,
  ): Promise<ActualsImportReport> {
    const result = await readActualsCsvOffThread(input, {
      zoneName: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      thresholdSeconds: queue.targetAnswerSeconds,
      shape: request.shape,
      skipInvalid: request.skipInvalid,
      queue: request.fileQueue ?? queue.name,
      delimiter: request.delimiter,
      dateFormat: request.dateFormat,
      openHours: queue.businessHours,
    });
    if (!result.ok) return reportOf(result, queue, result.delimiter, null);
    if (result.intervals.length === 0) {
      const noRows = { rowNumber: null, column: null, reason: "the file has no valid rows to import" };
      return reportOf(
        { ...result, errorCount: result.errorCount + 1, errors: [noRows, ...result.errors].slice(0, 50) },
        queue,
        result.delimiter,
        null,
      );
    }
    const written = await persistence.inTransaction(async (repositories) => {
      const record = {
        importedBy: actor.kind === "user" ? actor.userId : null,
        importedAt: clock(),
        shape: result.shape!,
        rowCount: result.rowCount,
        intervalCount: result.intervals.length,
      };
      const id = await repositories.actuals.recordImport(queue.id, record);
      const counts = await repositories.actuals.upsertIntervals(queue.id, id, result.intervals);
      await repositories.actuals.upsertDays(queue.id, id, result.days);
      return { ...record, id, newIntervalCount: counts.newCount, replacedIntervalCount: counts.replacedCount };
    });
    return reportOf(result, queue, result.delimiter, written);
  }

  return {
    async importCsv(
      actor: Actor,
      queueId: string,
      input: ChunkedInput,
      request: ActualsImportRequest,
    ): Promise<ActualsImportReport> {
      return importInto(actor, await queues.get(actor, queueId), input, request);
    },
    async importCsvByQueueName(
      actor: Actor,
      queueName: string,
      input: ChunkedInput,
      request: ActualsImportRequest,
    ): Promise<ActualsImportReport> {
      const queue = await persistence.repositories.queues.findByName(actor.organisationId, queueName);
      if (!queue) throw notFound(`Queue ${JSON.stringify(queueName)}`);
      return importInto(actor, queue, input, request);
    },
  };
}

export type ActualsImportService = ReturnType<typeof createActualsImportService>;
