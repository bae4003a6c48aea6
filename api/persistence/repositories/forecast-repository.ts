import type { DataSource, EntityManager } from "typeorm";
import { ForecastEntity } from "../entities/forecast.entity";

/** A stored forecast's header; the JSON columns are typed by the service that writes them. */
export interface StoredForecast {
  id: string;
  queueId: string;
  createdAt: Date;
  createdBy: string;
  horizonDays: number;
  startsAt: Date;
  endsAt: Date;
  requestedMethod: string;
  methodByBand: Record<string, string>;
  accuracy: unknown;
  specialDays: unknown[];
  options: Record<string, unknown>;
  warnings: string[];
}

export type ForecastDraft = Omit<StoredForecast, "id" | "createdAt">;

export interface ForecastQuantiles {
  expected: number;
  p50: number;
  p80: number;
  p90: number;
}

export interface StoredForecastInterval extends ForecastQuantiles {
  intervalStart: Date;
  ahtSeconds: number | null;
  original: ForecastQuantiles | null;
  overrideNote: string | null;
}

export interface ForecastTotalRow {
  periodStart: Date;
  localDate: string;
  expected: number;
  p80: number;
  originalExpected: number;
}

const chunkRows = 20_000;

const intervalColumns = `"interval_start" AS "intervalStart", "expected", "p50", "p80", "p90", "aht_seconds" AS "ahtSeconds",
  "original_expected" AS "originalExpected", "original_p50" AS "originalP50", "original_p80" AS "originalP80",
  "original_p90" AS "originalP90", "override_note" AS "overrideNote"`;

interface IntervalRow extends ForecastQuantiles {
  intervalStart: Date;
  ahtSeconds: number | null;
  originalExpected: number | null;
  originalP50: number | null;
  originalP80: number | null;
  originalP90: number | null;
  overrideNote: string | null;
}

const toInterval = (row: IntervalRow): StoredForecastInterval => ({
  intervalStart: row.intervalStart,
  expected: row.expected,
  p50: row.p50,
  p80: row.p80,
  p90: row.p90,
  ahtSeconds: row.ahtSeconds,
  original:
    row.originalExpected === null
      ? null
      : { expected: row.originalExpected, p50: row.originalP50!, p80: row.originalP80!, p90: row.originalP90! },
  overrideNote: row.overrideNote,
});

const toForecast = (entity: ForecastEntity): StoredForecast => ({
  id: entity.id,
  queueId: entity.queueId,
  createdAt: entity.createdAt,
  createdBy: entity.createdBy,
  horizonDays: entity.horizonDays,
  startsAt: entity.startsAt,
  endsAt: entity.endsAt,
  requestedMethod: entity.requestedMethod,
  methodByBand: entity.methodByBand,
  accuracy: entity.accuracy,
  specialDays: entity.specialDays,
  options: entity.options,
  warnings: entity.warnings,
});

/** Keeps the computed values once: a second override must not overwrite the original with the first. */
const keepOriginals = `"original_expected" = coalesce("original_expected", "expected"), "original_p50" = coalesce("original_p50", "p50"),
  "original_p80" = coalesce("original_p80", "p80"), "original_p90" = coalesce("original_p90", "p90")`;

export function createForecastRepository(database: DataSource | EntityManager) {
  const repository = database.getRepository(ForecastEntity);
  return {
    /** Stores a forecast and its intervals (call inside a transaction); intervals go in 20,000 per statement. */
    async create(
      draft: ForecastDraft,
      intervals: ReadonlyArray<ForecastQuantiles & { intervalStart: Date; ahtSeconds: number | null }>,
    ): Promise<StoredForecast> {
      const stored = toForecast(await repository.save(repository.create(draft)));
      for (let offset = 0; offset < intervals.length; offset += chunkRows) {
        const chunk = intervals.slice(offset, offset + chunkRows);
        await database.query(
          `INSERT INTO "forecast_intervals" ("forecast_id", "interval_start", "expected", "p50", "p80", "p90", "aht_seconds")
           SELECT $1, * FROM unnest($2::timestamptz[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::float8[])`,
          [
            stored.id,
            chunk.map((row) => row.intervalStart.toISOString()),
            chunk.map((row) => row.expected),
            chunk.map((row) => row.p50),
            chunk.map((row) => row.p80),
            chunk.map((row) => row.p90),
            chunk.map((row) => row.ahtSeconds),
          ],
        );
      }
      return stored;
    },
    async find(queueId: string, id: string): Promise<StoredForecast | null> {
      const entity = await repository.findOneBy({ queueId, id });
      return entity ? toForecast(entity) : null;
    },
    async findLatest(queueId: string): Promise<StoredForecast | null> {
      const entity = await repository.findOne({ where: { queueId }, order: { createdAt: "DESC", id: "DESC" } });
      return entity ? toForecast(entity) : null;
    },
    async list(queueId: string): Promise<StoredForecast[]> {
      return (await repository.find({ where: { queueId }, order: { createdAt: "DESC", id: "DESC" } })).map(toForecast);
    },
    async intervals(forecastId: string, from: Date, to: Date): Promise<StoredForecastInterval[]> {
      const rows = (await database.query(
        `SELECT ${intervalColumns} FROM "forecast_intervals"
          WHERE "forecast_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3 ORDER BY "interval_start"`,
        [forecastId, from, to],
      )) as IntervalRow[];
      return rows.map(toInterval);
    },
    /**
     * Sums per local day or ISO week in `timeZone`. The period's P80 is a normal approximation:
     * expected + z₀.₈·√Σσ², with each interval's σ read from its quantiles as (p90 − p50)/z₀.₉
     * (z₀.₈ = 0.8416, z₀.₉ = 1.2816), treating intervals as independent.
     */
    async totals(
      forecastId: string,
      timeZone: string,
      granularity: "day" | "week",
      from: Date,
      to: Date,
    ): Promise<ForecastTotalRow[]> {
      const period = `(date_trunc('${granularity}', "interval_start" AT TIME ZONE $4) AT TIME ZONE $4)`;
      return (await database.query(
        `SELECT ${period} AS "periodStart", to_char(${period} AT TIME ZONE $4, 'YYYY-MM-DD') AS "localDate",
                sum("expected")::float8 AS "expected",
                (sum("expected") + 0.8416 * sqrt(sum((("p90" - "p50") / 1.2816) ^ 2)))::float8 AS "p80",
                sum(coalesce("original_expected", "expected"))::float8 AS "originalExpected"
           FROM "forecast_intervals"
          WHERE "forecast_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3
          GROUP BY 1, 2 ORDER BY 1`,
        [forecastId, from, to, timeZone],
      )) as ForecastTotalRow[];
    },
    /** Multiplies the intervals in [from, to) by `factor`, quantiles included, keeping the originals. */
    async scaleRange(
      forecastId: string,
      from: Date,
      to: Date,
      factor: number,
      note: string | null,
    ): Promise<StoredForecastInterval[]> {
      const rows = (await database.query(
        `UPDATE "forecast_intervals" SET ${keepOriginals}, "expected" = "expected" * $4, "p50" = "p50" * $4, "p80" = "p80" * $4,
                "p90" = "p90" * $4, "override_note" = $5
          WHERE "forecast_id" = $1 AND "interval_start" >= $2 AND "interval_start" < $3 RETURNING ${intervalColumns}`,
        [forecastId, from, to, factor, note],
      )) as [IntervalRow[], number];
      return rows[0].map(toInterval).sort((a, b) => a.intervalStart.getTime() - b.intervalStart.getTime());
    },
    /** Sets one interval's expected value; its quantiles move by the same ratio (to the value itself from 0). */
    async setInterval(
      forecastId: string,
      intervalStart: Date,
      expected: number,
      note: string | null,
    ): Promise<StoredForecastInterval | null> {
      const ratio = `CASE WHEN "expected" > 0 THEN $3 / "expected" ELSE NULL END`;
      const rows = (await database.query(
        `UPDATE "forecast_intervals" SET ${keepOriginals},
                "p50" = coalesce("p50" * ${ratio}, $3), "p80" = coalesce("p80" * ${ratio}, $3), "p90" = coalesce("p90" * ${ratio}, $3),
                "expected" = $3, "override_note" = $4
          WHERE "forecast_id" = $1 AND "interval_start" = $2 RETURNING ${intervalColumns}`,
        [forecastId, intervalStart, expected, note],
      )) as [IntervalRow[], number];
      return rows[0].length > 0 ? toInterval(rows[0][0]) : null;
    },
  };
}

export type ForecastRepository = ReturnType<typeof createForecastRepository>;
