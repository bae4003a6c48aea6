import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What really happened per queue interval (issue 18), one row per queue and interval start so a
 * re-import replaces it, and each row names the import that wrote it last; the import log says who
 * imported what and when. First-contact resolution and CSAT are per local day. A queue's KPI
 * settings say which abandons count against its service level (api/domain/kpi/service-level-rule.ts).
 */
export class CreateActuals1796740000000 implements MigrationInterface {
  name = "CreateActuals1796740000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "actuals_imports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "queue_id" uuid NOT NULL,
        "imported_by" uuid,
        "imported_at" timestamptz NOT NULL,
        "shape" text NOT NULL,
        "row_count" integer NOT NULL,
        "interval_count" integer NOT NULL,
        "new_interval_count" integer NOT NULL,
        "replaced_interval_count" integer NOT NULL,
        CONSTRAINT "actuals_imports_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "actuals_imports_shape_check" CHECK ("shape" IN ('interval-actuals', 'contacts')),
        CONSTRAINT "actuals_imports_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "actuals_imports_queue_imported_at_idx" ON "actuals_imports" ("queue_id", "imported_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "interval_actuals" (
        "queue_id" uuid NOT NULL,
        "interval_start" timestamptz NOT NULL,
        "offered_count" double precision NOT NULL,
        "handled_count" double precision NOT NULL,
        "abandoned_count" double precision NOT NULL,
        "answered_within_threshold_count" double precision,
        "abandoned_within_threshold_count" double precision,
        "reported_service_level_fraction" double precision,
        "aht_seconds" double precision,
        "asa_seconds" double precision,
        "import_id" uuid NOT NULL,
        CONSTRAINT "interval_actuals_pkey" PRIMARY KEY ("queue_id", "interval_start"),
        CONSTRAINT "interval_actuals_counts_check" CHECK ("offered_count" >= 0 AND "handled_count" >= 0 AND "abandoned_count" >= 0),
        CONSTRAINT "interval_actuals_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "interval_actuals_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "actuals_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "interval_actuals_import_id_idx" ON "interval_actuals" ("import_id")`);
    await queryRunner.query(`
      CREATE TABLE "daily_actuals" (
        "queue_id" uuid NOT NULL,
        "local_date" date NOT NULL,
        "fcr_fraction" double precision,
        "csat_score" double precision,
        "import_id" uuid NOT NULL,
        CONSTRAINT "daily_actuals_pkey" PRIMARY KEY ("queue_id", "local_date"),
        CONSTRAINT "daily_actuals_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "daily_actuals_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "actuals_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "daily_actuals_import_id_idx" ON "daily_actuals" ("import_id")`);
    await queryRunner.query(`
      CREATE TABLE "queue_kpi_settings" (
        "queue_id" uuid NOT NULL,
        "service_level_abandon_rule" text NOT NULL,
        CONSTRAINT "queue_kpi_settings_pkey" PRIMARY KEY ("queue_id"),
        CONSTRAINT "queue_kpi_settings_abandon_rule_check" CHECK ("service_level_abandon_rule" IN ('abandons-count-against', 'short-abandons-excluded', 'abandons-excluded', 'short-abandons-met')),
        CONSTRAINT "queue_kpi_settings_queue_id_fkey" FOREIGN KEY ("queue_id") REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "queue_kpi_settings"`);
    await queryRunner.query(`DROP TABLE "daily_actuals"`);
    await queryRunner.query(`DROP TABLE "interval_actuals"`);
    await queryRunner.query(`DROP TABLE "actuals_imports"`);
  }
}
