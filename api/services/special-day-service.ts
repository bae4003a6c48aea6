import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { SpecialDayDraft, StoredSpecialDay } from "../persistence/repositories/special-day-repository";
import type { Actor } from "./actor";
import type { QueueService } from "./queue-service";

/** Holidays and events, for the whole organisation or one queue; forecasts read them when created. */
export function createSpecialDayService(persistence: Persistence, queues: QueueService) {
  const { specialDays } = persistence.repositories;
  const checkQueue = async (actor: Actor, draft: SpecialDayDraft) => {
    if (draft.queueId !== null) await queues.get(actor, draft.queueId);
  };
  return {
    list: (actor: Actor, filter: { queueId?: string; from?: string; to?: string }): Promise<StoredSpecialDay[]> =>
      specialDays.list(actor.organisationId, filter),
    async create(actor: Actor, draft: SpecialDayDraft): Promise<StoredSpecialDay> {
      await checkQueue(actor, draft);
      return specialDays.create(actor.organisationId, draft);
    },
    async update(actor: Actor, id: string, draft: SpecialDayDraft): Promise<StoredSpecialDay> {
      await checkQueue(actor, draft);
      const updated = await specialDays.update(actor.organisationId, id, draft);
      if (!updated) throw notFound("Special day");
      return updated;
    },
    async remove(actor: Actor, id: string): Promise<{ id: string }> {
      if (!(await specialDays.remove(actor.organisationId, id))) throw notFound("Special day");
      return { id };
    },
  };
}

export type SpecialDayService = ReturnType<typeof createSpecialDayService>;
