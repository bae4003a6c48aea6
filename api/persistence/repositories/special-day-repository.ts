import type { DataSource, EntityManager } from "typeorm";
import { SpecialDayEntity } from "../entities/special-day.entity";

export interface StoredSpecialDay {
  id: string;
  queueId: string | null;
  localDate: string;
  kind: "closed" | "factor";
  factor: number | null;
  label: string;
}

export type SpecialDayDraft = Omit<StoredSpecialDay, "id">;

const toSpecialDay = (entity: SpecialDayEntity): StoredSpecialDay => ({
  id: entity.id,
  queueId: entity.queueId,
  localDate: entity.localDate,
  kind: entity.kind,
  factor: entity.factor,
  label: entity.label,
});

export function createSpecialDayRepository(database: DataSource | EntityManager) {
  const repository = database.getRepository(SpecialDayEntity);
  return {
    /** The organisation's days, plus `queueId`'s own when given (all queues' when undefined), by date. */
    async list(
      organisationId: string,
      filter: { queueId?: string; from?: string; to?: string },
    ): Promise<StoredSpecialDay[]> {
      const query = repository
        .createQueryBuilder("day")
        .where("day.organisation_id = :organisationId", { organisationId });
      if (filter.queueId !== undefined)
        query.andWhere("(day.queue_id IS NULL OR day.queue_id = :queueId)", { queueId: filter.queueId });
      if (filter.from !== undefined) query.andWhere("day.local_date >= :from", { from: filter.from });
      if (filter.to !== undefined) query.andWhere("day.local_date < :to", { to: filter.to });
      const entities = await query.orderBy("day.local_date", "ASC").addOrderBy("day.created_at", "ASC").getMany();
      return entities.map(toSpecialDay);
    },
    async findById(organisationId: string, id: string): Promise<StoredSpecialDay | null> {
      const entity = await repository.findOneBy({ organisationId, id });
      return entity ? toSpecialDay(entity) : null;
    },
    async create(organisationId: string, draft: SpecialDayDraft): Promise<StoredSpecialDay> {
      return toSpecialDay(await repository.save(repository.create({ ...draft, organisationId })));
    },
    async update(organisationId: string, id: string, draft: SpecialDayDraft): Promise<StoredSpecialDay | null> {
      const entity = await repository.findOneBy({ organisationId, id });
      if (!entity) return null;
      return toSpecialDay(await repository.save(repository.merge(entity, draft)));
    },
    async remove(organisationId: string, id: string): Promise<boolean> {
      const result = await repository.delete({ organisationId, id });
      return (result.affected ?? 0) > 0;
    },
  };
}

export type SpecialDayRepository = ReturnType<typeof createSpecialDayRepository>;
