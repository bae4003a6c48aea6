import type { DataSource, EntityManager } from "typeorm";

export interface HistoryIntervalRow {
  intervalStart: Date;
  volume: number;
  ahtSeconds: number | null;
}

export interface AggregatedHistoryRow {
  periodStart: Date;
  localDate: string;
  volume: number;
  ahtSeconds: number | null;
}

const chunkRows = 20_000;

export function createHistoryRepository(database: DataSource | EntityManager) {
  return {
    /**
     * Replaces the queue's history in [from, to) with `rows`, in the caller's transaction. Rows go in
     * as arrays through unnest: one statement per 20,000 rows instead of one per row.
     */
    async replaceRange(queueId: string, from: Date, to: Date, rows: HistoryIntervalRow[]): Promise<void> {
      await database.query(
        `DELETE FROM "history_intervals" WHERE "queue_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3`,
        [queueId, from, to],
      );
      for (let offset = 0; offset < rows.length; offset += chunkRows) {
        const chunk = rows.slice(offset, offset + chunkRows);
        await database.query(
          `INSERT INTO "history_intervals" ("queue_id", "interval_start", "volume", "aht_seconds")
           SELECT $1, * FROM unnest($2::timestamptz[], $3::double precision[], $4::double precision[])`,
          [
            queueId,
            chunk.map((row) => row.intervalStart.toISOString()),
            chunk.map((row) => row.volume),
            chunk.map((row) => row.ahtSeconds),
          ],
        );
      }
    },
    /**
     * Writes `rows` over the queue's history, in the caller's transaction: an interval in `rows`
     * replaces the stored one at the same start, every other stored interval is kept. Counts how many
     * were new (a row inserted has xmax 0; an updated one carries the updating transaction's id).
     */
    async upsertIntervals(
      queueId: string,
      rows: HistoryIntervalRow[],
    ): Promise<{ newCount: number; replacedCount: number }> {
      let newCount = 0;
      for (let offset = 0; offset < rows.length; offset += chunkRows) {
        const chunk = rows.slice(offset, offset + chunkRows);
        const [counted] = (await database.query(
          `WITH written AS (
             INSERT INTO "history_intervals" ("queue_id", "interval_start", "volume", "aht_seconds")
             SELECT $1, * FROM unnest($2::timestamptz[], $3::double precision[], $4::double precision[])
             ON CONFLICT ("queue_id", "interval_start") DO UPDATE SET "volume" = EXCLUDED."volume", "aht_seconds" = EXCLUDED."aht_seconds"
             RETURNING (xmax = 0) AS "isNew")
           SELECT count(*) FILTER (WHERE "isNew")::int AS "newCount" FROM written`,
          [
            queueId,
            chunk.map((row) => row.intervalStart.toISOString()),
            chunk.map((row) => row.volume),
            chunk.map((row) => row.ahtSeconds),
          ],
        )) as Array<{ newCount: number }>;
        newCount += counted?.newCount ?? 0;
      }
      return { newCount, replacedCount: rows.length - newCount };
    },
    /** The raw intervals in [from, to), oldest first; either end open when null. */
    async intervalsBetween(queueId: string, from: Date | null, to: Date | null): Promise<HistoryIntervalRow[]> {
      return (await database.query(
        `SELECT "interval_start" AS "intervalStart", "volume", "aht_seconds" AS "ahtSeconds"
           FROM "history_intervals"
          WHERE "queue_id" = $1 AND ($2::timestamptz IS NULL OR "interval_start" >= $2) AND ($3::timestamptz IS NULL OR "interval_start" < $3)
          ORDER BY "interval_start"`,
        [queueId, from, to],
      )) as HistoryIntervalRow[];
    },
    /**
     * Sums volume per local day or ISO week (Monday) in `timeZone`, AHT volume-weighted over the
     * intervals that have one; or returns the raw intervals as stored (a weighted mean of one
     * interval, (v·a)/v, is not always a in floating point).
     */
    async aggregate(
      queueId: string,
      timeZone: string,
      granularity: "interval" | "day" | "week",
      from: Date,
      to: Date,
    ): Promise<AggregatedHistoryRow[]> {
      if (granularity === "interval") {
        return (await database.query(
          `SELECT "interval_start" AS "periodStart", to_char("interval_start" AT TIME ZONE $4, 'YYYY-MM-DD') AS "localDate", "volume", "aht_seconds" AS "ahtSeconds"
             FROM "history_intervals"
            WHERE "queue_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3
            ORDER BY 1`,
          [queueId, from, to, timeZone],
        )) as AggregatedHistoryRow[];
      }
      const period = `(date_trunc('${granularity}', "interval_start" AT TIME ZONE $4) AT TIME ZONE $4)`;
      const rows = (await database.query(
        `SELECT ${period} AS "periodStart", to_char(${period} AT TIME ZONE $4, 'YYYY-MM-DD') AS "localDate",
                sum("volume")::float8 AS "volume",
                (sum("volume" * "aht_seconds") / nullif(sum("volume") FILTER (WHERE "aht_seconds" IS NOT NULL), 0))::float8 AS "ahtSeconds"
           FROM "history_intervals"
          WHERE "queue_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3
          GROUP BY 1, 2 ORDER BY 1`,
        [queueId, from, to, timeZone],
      )) as Array<{ periodStart: Date; localDate: string; volume: number; ahtSeconds: number | null }>;
      return rows;
    },
    /** The raw intervals before `to`, oldest first: what a forecast trains on. */
    async intervalsBefore(queueId: string, to: Date): Promise<HistoryIntervalRow[]> {
      return (await database.query(
        `SELECT "interval_start" AS "intervalStart", "volume", "aht_seconds" AS "ahtSeconds"
           FROM "history_intervals" WHERE "queue_id" = $1 AND "interval_start" < $2 ORDER BY "interval_start"`,
        [queueId, to],
      )) as HistoryIntervalRow[];
    },
    async countForQueue(queueId: string): Promise<number> {
      const [row] = (await database.query(
        `SELECT count(*)::int AS "count" FROM "history_intervals" WHERE "queue_id" = $1`,
        [queueId],
      )) as Array<{ count: number }>;
      return row?.count ?? 0;
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
