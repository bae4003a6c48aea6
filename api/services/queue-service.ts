import type { Queue, QueueDraft } from "../domain/organisation/queue";
import { notFound, validationFailed } from "../errors/app-errors";
import type { FieldProblem } from "../contracts/errors";
import type { QueueRepository } from "../persistence/repositories/queue-repository";
import type { Actor } from "./actor";
import type { PublishedViews } from "../infrastructure/cache/published-views";

/** Cross-field rules a single field's schema cannot see: each channel needs its own SLA fields. */
export function queueSettingProblems(queue: QueueDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: keyof QueueDraft, why: string) => {
    if (queue[field] === null || queue[field] === undefined)
      problems.push({ path: `body.${field}`, message: `is required ${why}` });
  };
  if (queue.channel === "email") {
    need("targetResponseHours", "for an email queue");
    need("targetResponseFraction", "for an email queue");
  } else {
    need("targetAnswerSeconds", `for a ${queue.channel} queue`);
    if (queue.targetServiceLevel === null && queue.targetAsaSeconds === null) {
      problems.push({
        path: "body.targetServiceLevel",
        message: "or targetAsaSeconds is required for a voice or chat queue",
      });
    }
  }
  if (queue.channel === "chat") need("concurrency", "for a chat queue");
  return problems;
}

/** Queues of the organisation; a change clears the published views, which show queue names. */
export function createQueueService(queues: QueueRepository, publishedViews: PublishedViews) {
  return {
    list: (actor: Actor): Promise<Queue[]> => queues.list(actor.organisationId),
    async get(actor: Actor, id: string): Promise<Queue> {
      const queue = await queues.findById(actor.organisationId, id);
      if (!queue) throw notFound("Queue");
      return queue;
    },
    async create(actor: Actor, draft: QueueDraft): Promise<Queue> {
      const problems = queueSettingProblems(draft);
      if (problems.length > 0) throw validationFailed(problems);
      return queues.create(actor.organisationId, draft);
    },
    async update(actor: Actor, id: string, patch: Partial<QueueDraft>): Promise<Queue> {
      const current = await queues.findById(actor.organisationId, id);
      if (!current) throw notFound("Queue");
      const { id: _id, ...currentDraft } = current;
      const problems = queueSettingProblems({ ...currentDraft, ...patch });
      if (problems.length > 0) throw validationFailed(problems);
      const updated = (await queues.update(actor.organisationId, id, patch)) ?? current;
      publishedViews.clear();
      return updated;
    },
  };
}

export type QueueService = ReturnType<typeof createQueueService>;
