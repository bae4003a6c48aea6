import type { DataSource, EntityManager } from "typeorm";
import type { ScheduleEvent, ScheduleEventDraft, ScheduleEventKind } from "../../domain/schedule/schedule-event";
import { ScheduleEventEntity } from "../entities/schedule-event.entity";

const toEvent = (entity: ScheduleEventEntity): ScheduleEvent => ({
  id: entity.id,
  scheduleId: entity.scheduleId,
  versionId: entity.versionId,
  kind: entity.kind,
  agentId: entity.agentId,
  startUtc: entity.startUtc?.toISOString() ?? null,
  endUtc: entity.endUtc?.toISOString() ?? null,
  reasonCode: entity.reasonCode,
  note: entity.note,
  details: entity.details ?? null,
  createdBy: entity.createdBy,
  createdAt: entity.createdAt.toISOString(),
});

export function createScheduleEventRepository(database: DataSource | EntityManager) {
  const repository = database.getRepository(ScheduleEventEntity);
  return {
    /** A schedule's events, oldest first, of the given kinds (all when omitted). */
    async list(scheduleId: string, kinds?: ScheduleEventKind[]): Promise<ScheduleEvent[]> {
      const query = repository.createQueryBuilder("event").where("event.schedule_id = :scheduleId", { scheduleId });
      if (kinds) query.andWhere("event.kind IN (:...kinds)", { kinds });
      return (await query.orderBy("event.created_at", "ASC").addOrderBy("event.id", "ASC").getMany()).map(toEvent);
    },
    async findById(scheduleId: string, id: string): Promise<ScheduleEvent | null> {
      const entity = await repository.findOneBy({ scheduleId, id });
      return entity ? toEvent(entity) : null;
    },
    async create(draft: ScheduleEventDraft): Promise<ScheduleEvent> {
      const saved = await repository.save(
        repository.create({
          ...draft,
          startUtc: draft.startUtc === null ? null : new Date(draft.startUtc),
          endUtc: draft.endUtc === null ? null : new Date(draft.endUtc),
        }),
      );
      return toEvent(saved);
    },
  };
}
