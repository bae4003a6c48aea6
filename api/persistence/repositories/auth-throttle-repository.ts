import type { DataSource, EntityManager } from "typeorm";

export interface ThrottleRule {
  /** Attempts allowed in one window; the next one locks the key. */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/**
 * Counts sign-in attempts per key in a window and locks the key when they exceed the rule. An
 * attempt is counted before its password is checked, in one upsert whose row lock orders concurrent
 * attempts, so each sees its own count: 60 simultaneous guesses check at most `maxFailures` passwords.
 * A successful attempt is given back afterwards, so only failures (and attempts still in flight) count.
 */
export function createAuthThrottleRepository(database: DataSource | EntityManager) {
  return {
    /** Counts one attempt; answers the lock's end when the key is locked (this attempt must not be checked), else null. */
    async countAttempt(key: string, rule: ThrottleRule, now: Date): Promise<Date | null> {
      const [row] = (await database.query(
        `INSERT INTO "auth_throttle" AS t ("key", "failures", "window_started_at") VALUES ($1, 1, $2)
         ON CONFLICT ("key") DO UPDATE SET
           "failures" = CASE
             WHEN t."locked_until" > $2 THEN t."failures"
             WHEN t."window_started_at" <= $2::timestamptz - make_interval(secs => $3) THEN 1
             WHEN t."failures" + 1 > $4 THEN 0
             ELSE t."failures" + 1 END,
           "window_started_at" = CASE
             WHEN t."locked_until" > $2 THEN t."window_started_at"
             WHEN t."window_started_at" <= $2::timestamptz - make_interval(secs => $3) OR t."failures" + 1 > $4 THEN $2
             ELSE t."window_started_at" END,
           "locked_until" = CASE
             WHEN t."locked_until" > $2 THEN t."locked_until"
             WHEN t."window_started_at" > $2::timestamptz - make_interval(secs => $3) AND t."failures" + 1 > $4 THEN $2::timestamptz + make_interval(secs => $5)
             ELSE NULL END
         RETURNING "locked_until"`,
        [key, now, rule.windowSeconds, rule.maxFailures, rule.lockSeconds],
      )) as Array<{ locked_until: Date | null }>;
      const until = row?.locked_until ?? null;
      return until && until > now ? until : null;
    },
    /** Gives back an attempt that succeeded (a lock set meanwhile by other attempts stays). */
    async refundAttempt(key: string, now: Date): Promise<void> {
      await database.query(
        `UPDATE "auth_throttle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = $1 AND ("locked_until" IS NULL OR "locked_until" <= $2)`,
        [key, now],
      );
    },
    /** Forgets a key's failures after a successful sign-in, unless other attempts locked it meanwhile. */
    async clear(key: string, now: Date): Promise<void> {
      await database.query(
        `DELETE FROM "auth_throttle" WHERE "key" = $1 AND ("locked_until" IS NULL OR "locked_until" <= $2)`,
        [key, now],
      );
    },
  };
}

export type AuthThrottleRepository = ReturnType<typeof createAuthThrottleRepository>;
