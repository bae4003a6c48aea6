import { formatInstantInZone } from "../domain/time/format-instant";
import { localMidnightUtcMs } from "../domain/time/local-day";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { QueueService } from "./queue-service";

export interface HistoryQuery {
  granularity: "interval" | "day" | "week";
  /** Local dates in the queue's zone, [from, to). */
  from: string;
  to: string;
}

/** Local dates in the queue's zone, [from, to); an end left out is open. */
export interface HistoryExportQuery {
  from?: string;
  to?: string;
}

/** The header `POST /api/queues/:id/history` reads as interval counts. */
export const HISTORY_EXPORT_HEADER = "timestamp,count,aht_seconds";

export function createHistoryService(persistence: Persistence, queues: QueueService) {
  return {
    async read(actor: Actor, queueId: string, query: HistoryQuery) {
      const queue = await queues.get(actor, queueId);
      const startOf = (date: string) => new Date(localMidnightUtcMs(date, queue.timeZone));
      const rows = await persistence.repositories.history.aggregate(
        queue.id,
        queue.timeZone,
        query.granularity,
        startOf(query.from),
        startOf(query.to),
      );
      return {
        queueId: queue.id,
        timeZone: queue.timeZone,
        granularity: query.granularity,
        points: rows.map((row) => ({ ...row, periodStart: row.periodStart.toISOString() })),
      };
    },
    /**
     * The stored intervals as interval-count CSV: each start in the queue's zone with its offset then
     * (readable by a person, an instant for the importer, so the fall-back hour's two 01:00s stay
     * apart), and numbers as JavaScript writes them (the shortest text that reads back to the same
     * double), so exporting and importing again gives the same intervals.
     */
    async exportCsv(actor: Actor, queueId: string, query: HistoryExportQuery): Promise<string> {
      const queue = await queues.get(actor, queueId);
      const startOf = (date: string | undefined) =>
        date === undefined ? null : new Date(localMidnightUtcMs(date, queue.timeZone));
      const rows = await persistence.repositories.history.intervalsBetween(
        queue.id,
        startOf(query.from),
        startOf(query.to),
      );
      const lines = rows.map(
        (row) =>
          `${formatInstantInZone(row.intervalStart.getTime(), queue.timeZone)},${String(row.volume)},${row.ahtSeconds === null ? "" : String(row.ahtSeconds)}`,
      );
      return `${[HISTORY_EXPORT_HEADER, ...lines].join("\n")}\n`;
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
