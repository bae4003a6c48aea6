import { localDayInterval } from "../domain/time/local-day";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import { presentImportRecord } from "./actuals-import-service";
import type { QueueService } from "./queue-service";

/** Local dates in the queue's zone, [from, to). */
export interface ActualsQuery {
  from: string;
  to: string;
}

/** Reads a queue's stored actuals with the imports that wrote them (who and when). */
export function createActualsService(persistence: Persistence, queues: QueueService) {
  return {
    async read(actor: Actor, queueId: string, query: ActualsQuery) {
      const queue = await queues.get(actor, queueId);
      const from = new Date(localDayInterval(query.from, queue.timeZone).startUtcMs);
      const to = new Date(localDayInterval(query.to, queue.timeZone).startUtcMs);
      const intervals = await persistence.repositories.actuals.intervalsBetween(queue.id, from, to);
      const days = await persistence.repositories.actuals.daysBetween(queue.id, query.from, query.to);
      const importIds = [...new Set(intervals.map((interval) => interval.importId))];
      const imports = await persistence.repositories.actuals.importsWithIds(importIds);
      return {
        queueId: queue.id,
        timeZone: queue.timeZone,
        intervals,
        days,
        imports: imports.map(presentImportRecord),
      };
    },
  };
}

export type ActualsService = ReturnType<typeof createActualsService>;
