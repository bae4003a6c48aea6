import type { DataSource, EntityManager } from "typeorm";
import { CalendarFeedEntity } from "../entities/calendar-feed.entity";

export interface CalendarFeed {
  id: string;
  organisationId: string;
  agentId: string;
  createdAt: string;
  lastFetchedAt: string | null;
}

const toFeed = (entity: CalendarFeedEntity): CalendarFeed => ({
  id: entity.id,
  organisationId: entity.organisationId,
  agentId: entity.agentId,
  createdAt: entity.createdAt.toISOString(),
  lastFetchedAt: entity.lastFetchedAt?.toISOString() ?? null,
});

export function createCalendarFeedRepository(database: DataSource | EntityManager) {
  const feeds = database.getRepository(CalendarFeedEntity);
  return {
    async findByAgent(organisationId: string, agentId: string): Promise<CalendarFeed | null> {
      const entity = await feeds.findOneBy({ organisationId, agentId });
      return entity ? toFeed(entity) : null;
    },
    async findByTokenHash(tokenHash: string): Promise<CalendarFeed | null> {
      const entity = await feeds.findOneBy({ tokenHash });
      return entity ? toFeed(entity) : null;
    },
    /** Creates the agent's feed or replaces its token: the old URL stops working at once. */
    async replace(organisationId: string, agentId: string, tokenHash: string): Promise<CalendarFeed> {
      await feeds.delete({ organisationId, agentId });
      return toFeed(await feeds.save(feeds.create({ organisationId, agentId, tokenHash, lastFetchedAt: null })));
    },
    async revoke(organisationId: string, agentId: string): Promise<boolean> {
      return ((await feeds.delete({ organisationId, agentId })).affected ?? 0) > 0;
    },
    async touch(id: string, at: Date): Promise<void> {
      await feeds.update({ id }, { lastFetchedAt: at });
    },
  };
}

export type CalendarFeedRepository = ReturnType<typeof createCalendarFeedRepository>;
