import type { DataSource, EntityManager } from "typeorm";

export interface ThrottleRule {
  /** Failures allowed in one window before the key is locked. */
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Counts failed sign-ins per key in a sliding window and locks the key when they exceed the rule. */
export function createAuthThrottleRepository(database: DataSource | EntityManager) {
  return {
    async lockedUntil(key: string, now: Date): Promise<Date | null> {
      const [row] = (await database.query(`SELECT "locked_until" FROM "auth_throttle" WHERE "key" = $1 AND "locked_until" > $2`, [key, now])) as Array<{ locked_until: Date }>;
      return row?.locked_until ?? null;
    },
    async recordFailure(key: string, rule: ThrottleRule, now: Date): Promise<void> {
      await database.query(
        `INSERT INTO "auth_throttle" ("key", "failures", "window_started_at") VALUES ($1, 1, $2)
         ON CONFLICT ("key") DO UPDATE SET
           "failures" = CASE WHEN "auth_throttle"."window_started_at" < $2::timestamptz - make_interval(secs => $3) THEN 1 ELSE "auth_throttle"."failures" + 1 END,
           "window_started_at" = CASE WHEN "auth_throttle"."window_started_at" < $2::timestamptz - make_interval(secs => $3) THEN $2 ELSE "auth_throttle"."window_started_at" END`,
        [key, now, rule.windowSeconds],
      );
      await database.query(
        `UPDATE "auth_throttle" SET "locked_until" = $2::timestamptz + make_interval(secs => $3), "failures" = 0, "window_started_at" = $2
          WHERE "key" = $1 AND "failures" >= $4`,
        [key, now, rule.lockSeconds, rule.maxFailures],
      );
    },
    async clear(key: string): Promise<void> {
      await database.query(`DELETE FROM "auth_throttle" WHERE "key" = $1`, [key]);
    },
  };
}

export type AuthThrottleRepository = ReturnType<typeof createAuthThrottleRepository>;
