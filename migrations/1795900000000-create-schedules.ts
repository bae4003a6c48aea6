import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Schedules in the database: a schedule covers a period and some queues; it holds numbered versions
 * (draft → published, each published version with who, when and its difference from the previous
 * one); a version holds shifts with their breaks. `shift_key` follows one shift across versions, so
 * a calendar feed keeps its UID and raises its SEQUENCE when it changes. Solves waiting to become a
 * draft are remembered in `schedule_solves`, so a restart loses none. Calendar feeds store only the
 * SHA-256 of their secret token.
 */
export class CreateSchedules1795900000000 implements MigrationInterface {
  name = "CreateSchedules1795900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "schedules" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" text NOT NULL,
        "period_start" timestamptz NOT NULL,
        "period_end" timestamptz NOT NULL,
        "queue_ids" jsonb NOT NULL,
        "interval_minutes" integer NOT NULL,
        "queues" jsonb NOT NULL,
        "requirements" jsonb NOT NULL,
        "rules" jsonb NOT NULL,
        "published_version_id" uuid,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "schedules_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedules_period_check" CHECK ("period_end" > "period_start"),
        CONSTRAINT "schedules_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "schedules_organisation_period_idx" ON "schedules" ("organisation_id", "period_start")`,
    );
    await queryRunner.query(`
      CREATE TABLE "schedule_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "schedule_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" text NOT NULL,
        "source" text NOT NULL,
        "solve_job_id" uuid,
        "solve_summary" jsonb,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "published_by" text,
        "published_at" timestamptz,
        "diff" jsonb,
        CONSTRAINT "schedule_versions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_versions_status_check" CHECK ("status" IN ('draft', 'published')),
        CONSTRAINT "schedule_versions_source_check" CHECK ("source" IN ('solve', 'manual')),
        CONSTRAINT "schedule_versions_published_check" CHECK (("status" = 'published') = ("published_at" IS NOT NULL)),
        CONSTRAINT "schedule_versions_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "schedule_versions_number_key" ON "schedule_versions" ("schedule_id", "number")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "schedule_versions_solve_job_id_key" ON "schedule_versions" ("solve_job_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "schedules" ADD CONSTRAINT "schedules_published_version_id_fkey"
        FOREIGN KEY ("published_version_id") REFERENCES "schedule_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE TABLE "schedule_shifts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL,
        "shift_key" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "queue_ids" jsonb NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "breaks" jsonb NOT NULL,
        "sequence" integer NOT NULL DEFAULT 0,
        CONSTRAINT "schedule_shifts_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_shifts_period_check" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "schedule_shifts_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "schedule_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "schedule_shifts_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "schedule_shifts_key_key" ON "schedule_shifts" ("version_id", "shift_key")`,
    );
    await queryRunner.query(
      `CREATE INDEX "schedule_shifts_version_start_idx" ON "schedule_shifts" ("version_id", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "schedule_shifts_agent_start_idx" ON "schedule_shifts" ("agent_id", "starts_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "schedule_solves" (
        "solve_job_id" uuid NOT NULL,
        "schedule_id" uuid NOT NULL,
        "version_id" uuid,
        "is_settled" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "schedule_solves_pkey" PRIMARY KEY ("solve_job_id"),
        CONSTRAINT "schedule_solves_solve_job_id_fkey" FOREIGN KEY ("solve_job_id") REFERENCES "solve_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "schedule_solves_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "schedule_solves_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "schedule_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "schedule_solves_schedule_idx" ON "schedule_solves" ("schedule_id")`);
    await queryRunner.query(`
      CREATE TABLE "calendar_feeds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_fetched_at" timestamptz,
        CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "calendar_feeds_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "calendar_feeds_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_agent_id_key" ON "calendar_feeds" ("agent_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds" ("token_hash")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "schedule_solves"`);
    await queryRunner.query(`DROP TABLE "schedule_shifts"`);
    await queryRunner.query(`ALTER TABLE "schedules" DROP CONSTRAINT "schedules_published_version_id_fkey"`);
    await queryRunner.query(`DROP TABLE "schedule_versions"`);
    await queryRunner.query(`DROP TABLE "schedules"`);
  }
}
