import type { DataSource, EntityManager } from "typeorm";
import type { Queue, QueueDraft } from "../../domain/organisation/queue";
import { QueueEntity } from "../entities/queue.entity";

export const toQueue = (entity: QueueEntity): Queue => ({
  id: entity.id,
  name: entity.name,
  channel: entity.channel,
  timeZone: entity.timeZone,
  intervalMinutes: entity.intervalMinutes as Queue["intervalMinutes"],
  priorityWeight: entity.priorityWeight,
  targetServiceLevel: entity.targetServiceLevel,
  targetAnswerSeconds: entity.targetAnswerSeconds,
  targetAsaSeconds: entity.targetAsaSeconds,
  ahtSeconds: entity.ahtSeconds,
  shrinkage: entity.shrinkage,
  maxOccupancy: entity.maxOccupancy,
  patienceSeconds: entity.patienceSeconds,
  concurrency: entity.concurrency,
  targetResponseHours: entity.targetResponseHours,
  targetResponseFraction: entity.targetResponseFraction,
  businessHours: entity.businessHours,
});

export function createQueueRepository(database: DataSource | EntityManager) {
  const repository = database.getRepository(QueueEntity);
  return {
    async list(organisationId: string): Promise<Queue[]> {
      const entities = await repository.find({ where: { organisationId }, order: { name: "ASC" } });
      return entities.map(toQueue);
    },
    async findById(organisationId: string, id: string): Promise<Queue | null> {
      const entity = await repository.findOneBy({ organisationId, id });
      return entity ? toQueue(entity) : null;
    },
    async findByName(organisationId: string, name: string): Promise<Queue | null> {
      const entity = await repository.findOneBy({ organisationId, name });
      return entity ? toQueue(entity) : null;
    },
    async create(organisationId: string, draft: QueueDraft): Promise<Queue> {
      return toQueue(await repository.save(repository.create({ ...draft, organisationId })));
    },
    async update(organisationId: string, id: string, patch: Partial<QueueDraft>): Promise<Queue | null> {
      const entity = await repository.findOneBy({ organisationId, id });
      if (!entity) return null;
      return toQueue(await repository.save(repository.merge(entity, patch)));
    },
  };
}

export type QueueRepository = ReturnType<typeof createQueueRepository>;
