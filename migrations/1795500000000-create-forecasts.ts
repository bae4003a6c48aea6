import type { MigrationInterface, QueryRunner } from "typeorm";

/** Stored forecasts with their intervals (originals kept on override), and special days. */
export class CreateForecasts1795500000000 implements MigrationInterface {
  name = "CreateForecasts1795500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "forecasts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "queue_id" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "created_by" text NOT NULL,
        "horizon_days" smallint NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "requested_method" text NOT NULL,
        "method_by_band" jsonb NOT NULL,
        "accuracy" jsonb,
        "special_days" jsonb NOT NULL,
        "options" jsonb NOT NULL,
        "warnings" jsonb NOT NULL,
        CONSTRAINT "forecasts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "forecasts_horizon_days_check" CHECK ("horizon_days" BETWEEN 1 AND 364),
        CONSTRAINT "forecasts_queue_id_fkey" FOREIGN KEY ("queue_id")
          REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "forecasts_queue_created_idx" ON "forecasts" ("queue_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "forecast_intervals" (
        "forecast_id" uuid NOT NULL,
        "interval_start" timestamptz NOT NULL,
        "expected" double precision NOT NULL,
        "p50" double precision NOT NULL,
        "p80" double precision NOT NULL,
        "p90" double precision NOT NULL,
        "aht_seconds" double precision,
        "original_expected" double precision,
        "original_p50" double precision,
        "original_p80" double precision,
        "original_p90" double precision,
        "override_note" text,
        CONSTRAINT "forecast_intervals_pkey" PRIMARY KEY ("forecast_id", "interval_start"),
        CONSTRAINT "forecast_intervals_forecast_id_fkey" FOREIGN KEY ("forecast_id")
          REFERENCES "forecasts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "special_days" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "queue_id" uuid,
        "local_date" date NOT NULL,
        "kind" text NOT NULL,
        "factor" double precision,
        "label" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "special_days_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "special_days_kind_check" CHECK ("kind" IN ('closed', 'factor')),
        CONSTRAINT "special_days_factor_check" CHECK (("kind" = 'closed' AND "factor" IS NULL) OR ("kind" = 'factor' AND "factor" >= 0)),
        CONSTRAINT "special_days_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "special_days_queue_id_fkey" FOREIGN KEY ("queue_id")
          REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "special_days_organisation_date_idx" ON "special_days" ("organisation_id", "local_date")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["special_days", "forecast_intervals", "forecasts"]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
