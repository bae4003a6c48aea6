import { In, IsNull, MoreThan } from "typeorm";
import type { DataSource, EntityManager } from "typeorm";
import { ApiTokenEntity } from "../entities/api-token.entity";
import { SessionEntity } from "../entities/session.entity";
import { MS_PER_MINUTE } from "../../domain/time/durations";

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
}

const toSummary = (entity: ApiTokenEntity): ApiTokenSummary => ({
  id: entity.id,
  name: entity.name,
  createdAt: entity.createdAt.toISOString(),
  lastUsedAt: entity.lastUsedAt?.toISOString() ?? null,
  expiresAt: entity.expiresAt.toISOString(),
});

/** Sessions and personal API tokens: the two ways a request proves who it is, both stored as hashes. */
export function createCredentialRepository(database: DataSource | EntityManager) {
  const sessions = database.getRepository(SessionEntity);
  const tokens = database.getRepository(ApiTokenEntity);
  return {
    async createSession(draft: {
      tokenHash: string;
      userId: string;
      csrfToken: string;
      expiresAt: Date;
    }): Promise<void> {
      await sessions.insert(draft);
    },
    async findLiveSession(tokenHash: string, now: Date): Promise<{ userId: string; csrfToken: string } | null> {
      const entity = await sessions.findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
      return entity ? { userId: entity.userId, csrfToken: entity.csrfToken } : null;
    },
    async revokeSession(tokenHash: string, now: Date): Promise<void> {
      await sessions.update({ tokenHash, revokedAt: IsNull() }, { revokedAt: now });
    },
    async createToken(draft: {
      userId: string;
      name: string;
      tokenHash: string;
      expiresAt: Date;
    }): Promise<ApiTokenSummary> {
      return toSummary(await tokens.save(tokens.create(draft)));
    },
    /** The token's user, noting its use (at most once a minute, so busy integrations do not write on every call). */
    async findLiveTokenUser(tokenHash: string, now: Date): Promise<string | null> {
      const entity = await tokens.findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
      if (!entity) return null;
      if (!entity.lastUsedAt || now.getTime() - entity.lastUsedAt.getTime() > MS_PER_MINUTE)
        await tokens.update({ id: entity.id }, { lastUsedAt: now });
      return entity.userId;
    },
    async listTokens(userId: string): Promise<ApiTokenSummary[]> {
      return (await tokens.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: "DESC" } })).map(
        toSummary,
      );
    },
    /** Revokes one of the user's tokens; answers its hash (for cache eviction), null when there was none. */
    async revokeToken(userId: string, id: string, now: Date): Promise<string | null> {
      const entity = await tokens.findOneBy({ id, userId, revokedAt: IsNull() });
      if (!entity) return null;
      await tokens.update({ id }, { revokedAt: now });
      return entity.tokenHash;
    },
    /**
     * Revokes a user's live sessions (but `keepSessionHash`, the session making the change) and, with
     * `isTokensToo`, their API tokens; answers the cache keys (`session:…`, `token:…`) to forget.
     */
    async revokeAllOfUser(
      userId: string,
      now: Date,
      options: { keepSessionHash: string | null; isTokensToo: boolean },
    ): Promise<string[]> {
      const liveSessions = (await sessions.findBy({ userId, revokedAt: IsNull(), expiresAt: MoreThan(now) })).filter(
        (session) => session.tokenHash !== options.keepSessionHash,
      );
      const liveTokens = options.isTokensToo ? await tokens.findBy({ userId, revokedAt: IsNull() }) : [];
      if (liveSessions.length > 0)
        await sessions.update({ tokenHash: In(liveSessions.map((session) => session.tokenHash)) }, { revokedAt: now });
      if (liveTokens.length > 0)
        await tokens.update({ id: In(liveTokens.map((token) => token.id)) }, { revokedAt: now });
      return [
        ...liveSessions.map((session) => `session:${session.tokenHash}`),
        ...liveTokens.map((token) => `token:${token.tokenHash}`),
      ];
    },
  };
}

export type CredentialRepository = ReturnType<typeof createCredentialRepository>;
