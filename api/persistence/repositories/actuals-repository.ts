import type { DataSource, EntityManager } from "typeorm";
import type { DailyActual, IntervalActual } from "../../domain/actuals/interval-actual";
import type { ServiceLevelAbandonRule } from "../../domain/kpi/service-level-rule";
import type { ShiftBreak } from "../../domain/schedule/schedule";

export interface ActualsImportRecord {
  id: string;
  importedBy: string | null;
  importedAt: Date;
  shape: "interval-actuals" | "contacts";
  rowCount: number;
  intervalCount: number;
  newIntervalCount: number;
  replacedIntervalCount: number;
}

/** A stored interval with the import that wrote it last. */
export type StoredIntervalActual = IntervalActual & { importId: string };

const chunkRows = 10_000;

const COLUMNS = `"offered_count", "handled_count", "abandoned_count", "answered_within_threshold_count", "abandoned_within_threshold_count", "reported_service_level_fraction", "aht_seconds", "asa_seconds"`;
const UPDATE_SET = COLUMNS.split(", ")
  .map((column) => `${column} = EXCLUDED.${column}`)
  .join(", ");

export function createActualsRepository(database: DataSource | EntityManager) {
  return {
    async recordImport(
      queueId: string,
      record: Omit<ActualsImportRecord, "id" | "newIntervalCount" | "replacedIntervalCount">,
    ): Promise<string> {
      const [row] = (await database.query(
        `INSERT INTO "actuals_imports" ("queue_id", "imported_by", "imported_at", "shape", "row_count", "interval_count", "new_interval_count", "replaced_interval_count")
         VALUES ($1, $2, $3, $4, $5, $6, 0, 0) RETURNING "id"`,
        [queueId, record.importedBy, record.importedAt, record.shape, record.rowCount, record.intervalCount],
      )) as Array<{ id: string }>;
      return row!.id;
    },
    /**
     * Writes the intervals over the queue's actuals in the caller's transaction (one row per queue
     * and interval start: a stored interval is replaced, every other kept) and records on the import
     * how many were new (a row inserted has xmax 0) and how many replaced.
     */
    async upsertIntervals(
      queueId: string,
      importId: string,
      intervals: IntervalActual[],
    ): Promise<{ newCount: number; replacedCount: number }> {
      let newCount = 0;
      for (let offset = 0; offset < intervals.length; offset += chunkRows) {
        const chunk = intervals.slice(offset, offset + chunkRows);
        const column = <K extends keyof IntervalActual>(key: K) => chunk.map((interval) => interval[key]);
        const [counted] = (await database.query(
          `WITH written AS (
             INSERT INTO "interval_actuals" ("queue_id", "import_id", "interval_start", ${COLUMNS})
             SELECT $1, $2, * FROM unnest($3::timestamptz[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::float8[], $10::float8[], $11::float8[])
             ON CONFLICT ("queue_id", "interval_start") DO UPDATE SET "import_id" = EXCLUDED."import_id", ${UPDATE_SET}
             RETURNING (xmax = 0) AS "isNew")
           SELECT count(*) FILTER (WHERE "isNew")::int AS "newCount" FROM written`,
          [
            queueId,
            importId,
            column("intervalStart"),
            column("offeredCount"),
            column("handledCount"),
            column("abandonedCount"),
            column("answeredWithinThresholdCount"),
            column("abandonedWithinThresholdCount"),
            column("reportedServiceLevelFraction"),
            column("ahtSeconds"),
            column("asaSeconds"),
          ],
        )) as Array<{ newCount: number }>;
        newCount += counted?.newCount ?? 0;
      }
      const replacedCount = intervals.length - newCount;
      await database.query(
        `UPDATE "actuals_imports" SET "new_interval_count" = $2, "replaced_interval_count" = $3 WHERE "id" = $1`,
        [importId, newCount, replacedCount],
      );
      return { newCount, replacedCount };
    },
    async upsertDays(queueId: string, importId: string, days: DailyActual[]): Promise<void> {
      if (days.length === 0) return;
      await database.query(
        `INSERT INTO "daily_actuals" ("queue_id", "import_id", "local_date", "fcr_fraction", "csat_score")
         SELECT $1, $2, * FROM unnest($3::date[], $4::float8[], $5::float8[])
         ON CONFLICT ("queue_id", "local_date") DO UPDATE SET "import_id" = EXCLUDED."import_id", "fcr_fraction" = EXCLUDED."fcr_fraction", "csat_score" = EXCLUDED."csat_score"`,
        [
          queueId,
          importId,
          days.map((day) => day.localDate),
          days.map((day) => day.fcrFraction),
          days.map((day) => day.csatScore),
        ],
      );
    },
    /** The stored intervals in [from, to), oldest first. */
    async intervalsBetween(queueId: string, from: Date, to: Date): Promise<StoredIntervalActual[]> {
      const rows = (await database.query(
        `SELECT "interval_start" AS "intervalStart", "offered_count" AS "offeredCount", "handled_count" AS "handledCount", "abandoned_count" AS "abandonedCount",
                "answered_within_threshold_count" AS "answeredWithinThresholdCount", "abandoned_within_threshold_count" AS "abandonedWithinThresholdCount",
                "reported_service_level_fraction" AS "reportedServiceLevelFraction", "aht_seconds" AS "ahtSeconds", "asa_seconds" AS "asaSeconds", "import_id" AS "importId"
           FROM "interval_actuals" WHERE "queue_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3 ORDER BY "interval_start"`,
        [queueId, from, to],
      )) as Array<Omit<StoredIntervalActual, "intervalStart"> & { intervalStart: Date }>;
      return rows.map((row) => ({ ...row, intervalStart: row.intervalStart.toISOString() }));
    },
    /** Stored days in [fromDate, toDate), oldest first. */
    async daysBetween(queueId: string, fromDate: string, toDate: string): Promise<DailyActual[]> {
      return (await database.query(
        `SELECT to_char("local_date", 'YYYY-MM-DD') AS "localDate", "fcr_fraction" AS "fcrFraction", "csat_score" AS "csatScore"
           FROM "daily_actuals" WHERE "queue_id" = $1 AND "local_date" >= $2 AND "local_date" < $3 ORDER BY "local_date"`,
        [queueId, fromDate, toDate],
      )) as DailyActual[];
    },
    /** The imports whose ids are given, with who and when. */
    async importsWithIds(ids: string[]): Promise<ActualsImportRecord[]> {
      if (ids.length === 0) return [];
      return (await database.query(
        `SELECT "id", "imported_by" AS "importedBy", "imported_at" AS "importedAt", "shape", "row_count" AS "rowCount", "interval_count" AS "intervalCount",
                "new_interval_count" AS "newIntervalCount", "replaced_interval_count" AS "replacedIntervalCount"
           FROM "actuals_imports" WHERE "id" = ANY($1::uuid[]) ORDER BY "imported_at", "id"`,
        [ids],
      )) as ActualsImportRecord[];
    },
    async abandonRuleOf(queueId: string): Promise<ServiceLevelAbandonRule | null> {
      const [row] = (await database.query(
        `SELECT "service_level_abandon_rule" AS "rule" FROM "queue_kpi_settings" WHERE "queue_id" = $1`,
        [queueId],
      )) as Array<{ rule: ServiceLevelAbandonRule }>;
      return row?.rule ?? null;
    },
    async setAbandonRule(queueId: string, rule: ServiceLevelAbandonRule): Promise<void> {
      await database.query(
        `INSERT INTO "queue_kpi_settings" ("queue_id", "service_level_abandon_rule") VALUES ($1, $2)
         ON CONFLICT ("queue_id") DO UPDATE SET "service_level_abandon_rule" = EXCLUDED."service_level_abandon_rule"`,
        [queueId, rule],
      );
    },
    /** Shifts of published roster versions serving the queue that overlap [from, to), with their schedule's id. */
    async publishedShiftsServing(
      organisationId: string,
      queueId: string,
      from: Date,
      to: Date,
    ): Promise<
      Array<{ scheduleId: string; startUtc: string; endUtc: string; queueIds: string[]; breaks: ShiftBreak[] }>
    > {
      const rows = (await database.query(
        `SELECT sc."id" AS "scheduleId", s."starts_at" AS "startsAt", s."ends_at" AS "endsAt", s."queue_ids" AS "queueIds", s."breaks"
           FROM "schedule_shifts" s
           JOIN "schedules" sc ON sc."published_version_id" = s."version_id"
          WHERE sc."organisation_id" = $1 AND s."queue_ids" @> jsonb_build_array($2::text) AND s."starts_at" < $4 AND s."ends_at" > $3`,
        [organisationId, queueId, from, to],
      )) as Array<{ scheduleId: string; startsAt: Date; endsAt: Date; queueIds: string[]; breaks: ShiftBreak[] }>;
      return rows.map((row) => ({
        scheduleId: row.scheduleId,
        startUtc: row.startsAt.toISOString(),
        endUtc: row.endsAt.toISOString(),
        queueIds: row.queueIds,
        breaks: row.breaks,
      }));
    },
    /** Whether an agent of `vendor` is skilled for the queue: what makes it one of that partner's queues. */
    async isPartnerQueue(queueId: string, vendor: string): Promise<boolean> {
      const rows = (await database.query(
        `SELECT 1 FROM "agent_skills" sk JOIN "agents" a ON a."id" = sk."agent_id" WHERE sk."queue_id" = $1 AND a."vendor" = $2 LIMIT 1`,
        [queueId, vendor],
      )) as unknown[];
      return rows.length > 0;
    },
    /** The queue's imports, newest first. */
    async importLog(queueId: string, limit: number): Promise<ActualsImportRecord[]> {
      return (await database.query(
        `SELECT "id", "imported_by" AS "importedBy", "imported_at" AS "importedAt", "shape", "row_count" AS "rowCount", "interval_count" AS "intervalCount",
                "new_interval_count" AS "newIntervalCount", "replaced_interval_count" AS "replacedIntervalCount"
           FROM "actuals_imports" WHERE "queue_id" = $1 ORDER BY "imported_at" DESC, "id" DESC LIMIT $2`,
        [queueId, limit],
      )) as ActualsImportRecord[];
    },
  };
}

export type ActualsRepository = ReturnType<typeof createActualsRepository>;
