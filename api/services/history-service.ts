import { DateTime } from "luxon";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { QueueService } from "./queue-service";

export interface HistoryQuery {
  granularity: "interval" | "day" | "week";
  /** Local dates in the queue's zone, [from, to). */
  from: string;
  to: string;
}

export function createHistoryService(persistence: Persistence, queues: QueueService) {
  return {
    async read(actor: Actor, queueId: string, query: HistoryQuery) {
      const queue = await queues.get(actor, queueId);
      const startOf = (date: string) => DateTime.fromISO(date, { zone: queue.timeZone }).startOf("day").toJSDate();
      const rows = await persistence.repositories.history.aggregate(queue.id, queue.timeZone, query.granularity, startOf(query.from), startOf(query.to));
      return {
        queueId: queue.id,
        timeZone: queue.timeZone,
        granularity: query.granularity,
        points: rows.map((row) => ({ ...row, periodStart: row.periodStart.toISOString() })),
      };
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
