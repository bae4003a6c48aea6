import { In, IsNull, MoreThan } from "typeorm";
import type { DataSource, EntityManager } from "typeorm";
import type { Agent, AgentDraft } from "../../domain/organisation/agent";
import { AgentSkillEntity } from "../entities/agent-skill.entity";
import { AgentEntity } from "../entities/agent.entity";

const toAgent = (entity: AgentEntity, skillQueueIds: string[]): Agent => ({
  id: entity.id,
  name: entity.name,
  email: entity.email,
  team: entity.team,
  timeZone: entity.timeZone,
  vendor: entity.vendor,
  attritionCohort: entity.attritionCohort,
  tags: entity.tags,
  hireDate: entity.hireDate,
  endDate: entity.endDate,
  skillQueueIds,
  contract: {
    minMinutesPerWeek: entity.minMinutesPerWeek,
    maxMinutesPerWeek: entity.maxMinutesPerWeek,
    maxShiftsPerWeek: entity.maxShiftsPerWeek,
    shiftLengthsMinutes: entity.shiftLengthsMinutes,
  },
  availability: entity.availability,
});

const toColumns = (draft: Partial<AgentDraft>): Partial<AgentEntity> => {
  const { contract, skillQueueIds: _skills, ...rest } = draft;
  return { ...rest, ...(contract ?? {}) };
};

export interface AgentListFilter {
  /** Agents whose end date is on or before this ISO date are former; null lists everyone. */
  currentOn: string | null;
}

export function createAgentRepository(database: DataSource | EntityManager) {
  const agents = database.getRepository(AgentEntity);
  const skills = database.getRepository(AgentSkillEntity);

  async function withSkills(entities: AgentEntity[]): Promise<Agent[]> {
    if (entities.length === 0) return [];
    const rows = await skills.findBy({ agentId: In(entities.map((entity) => entity.id)) });
    const byAgent = new Map<string, string[]>();
    for (const row of rows) byAgent.set(row.agentId, [...(byAgent.get(row.agentId) ?? []), row.queueId]);
    return entities.map((entity) => toAgent(entity, (byAgent.get(entity.id) ?? []).sort()));
  }

  async function replaceSkills(agentId: string, queueIds: string[]): Promise<void> {
    await skills.delete({ agentId });
    if (queueIds.length > 0) await skills.insert(queueIds.map((queueId) => ({ agentId, queueId })));
  }

  return {
    async list(organisationId: string, filter: AgentListFilter): Promise<Agent[]> {
      const where = filter.currentOn
        ? [
            { organisationId, endDate: IsNull() },
            { organisationId, endDate: MoreThan(filter.currentOn) },
          ]
        : { organisationId };
      return withSkills(await agents.find({ where, order: { name: "ASC", id: "ASC" } }));
    },
    async findById(organisationId: string, id: string): Promise<Agent | null> {
      const entity = await agents.findOneBy({ organisationId, id });
      return entity ? ((await withSkills([entity]))[0] ?? null) : null;
    },
    /** The agent's work zone and the display zone of the user reading (one statement for the hottest read). */
    async findZones(
      organisationId: string,
      agentId: string,
      userId: string,
    ): Promise<{ agentTimeZone: string; displayTimeZone: string | null } | null> {
      const [row] = (await agents.query(
        `SELECT a."time_zone" AS "agentTimeZone", u."display_time_zone" AS "displayTimeZone"
           FROM "agents" a LEFT JOIN "users" u ON u."id" = $3
          WHERE a."id" = $1 AND a."organisation_id" = $2`,
        [agentId, organisationId, userId],
      )) as Array<{ agentTimeZone: string; displayTimeZone: string | null }>;
      return row ?? null;
    },
    async findIdsByEmail(organisationId: string, emails: string[]): Promise<Map<string, string>> {
      const found = await agents.find({
        select: { id: true, email: true },
        where: { organisationId, email: In(emails) },
      });
      return new Map(found.map((entity) => [entity.email, entity.id]));
    },
    async create(organisationId: string, draft: AgentDraft): Promise<Agent> {
      const saved = await agents.save(agents.create({ ...toColumns(draft), organisationId }));
      await replaceSkills(saved.id, draft.skillQueueIds);
      return toAgent(saved, [...draft.skillQueueIds].sort());
    },
    async update(organisationId: string, id: string, patch: Partial<AgentDraft>): Promise<Agent | null> {
      const entity = await agents.findOneBy({ organisationId, id });
      if (!entity) return null;
      await agents.save(agents.merge(entity, toColumns(patch)));
      if (patch.skillQueueIds) await replaceSkills(id, patch.skillQueueIds);
      return (await withSkills([entity]))[0] ?? null;
    },
  };
}

export type AgentRepository = ReturnType<typeof createAgentRepository>;
