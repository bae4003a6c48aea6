import { In, LessThan, MoreThan } from "typeorm";
import type { DataSource, EntityManager } from "typeorm";
import type { TimeOffRequest, TimeOffStatus } from "../../domain/access/time-off";
import { TimeOffRequestEntity } from "../entities/time-off-request.entity";

const toRequest = (entity: TimeOffRequestEntity): TimeOffRequest => ({
  id: entity.id,
  agentId: entity.agentId,
  startsAt: entity.startsAt.toISOString(),
  endsAt: entity.endsAt.toISOString(),
  reason: entity.reason,
  status: entity.status,
  decidedBy: entity.decidedBy,
  decidedAt: entity.decidedAt?.toISOString() ?? null,
  decisionNote: entity.decisionNote,
  createdAt: entity.createdAt.toISOString(),
});

export function createTimeOffRepository(database: DataSource | EntityManager) {
  const requests = database.getRepository(TimeOffRequestEntity);
  return {
    async create(
      organisationId: string,
      draft: { agentId: string; startsAt: Date; endsAt: Date; reason: string; requestedBy: string | null },
    ): Promise<TimeOffRequest> {
      return toRequest(await requests.save(requests.create({ organisationId, ...draft, status: "pending" })));
    },
    async findById(organisationId: string, id: string): Promise<TimeOffRequest | null> {
      const entity = await requests.findOneBy({ organisationId, id });
      return entity ? toRequest(entity) : null;
    },
    async listForAgents(
      organisationId: string,
      agentIds: string[] | null,
      statuses: TimeOffStatus[],
    ): Promise<TimeOffRequest[]> {
      const where = { organisationId, status: In(statuses), ...(agentIds ? { agentId: In(agentIds) } : {}) };
      return (await requests.find({ where, order: { startsAt: "ASC" } })).map(toRequest);
    },
    /** Approved time off overlapping [from, to): hard unavailability for the roster optimiser. */
    async listApprovedOverlapping(organisationId: string, from: Date, to: Date): Promise<TimeOffRequest[]> {
      const entities = await requests.find({
        where: { organisationId, status: "approved", startsAt: LessThan(to), endsAt: MoreThan(from) },
        order: { startsAt: "ASC" },
      });
      return entities.map(toRequest);
    },
    async decide(
      id: string,
      decision: { status: TimeOffStatus; decidedBy: string | null; decisionNote: string | null },
      now: Date,
    ): Promise<void> {
      await requests.update({ id }, { ...decision, decidedAt: now });
    },
  };
}

export type TimeOffRepository = ReturnType<typeof createTimeOffRepository>;
