import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Long solves as durable jobs: what was asked, where it stands, what it found. pg-boss (schema
 * `pgboss`, installed by pg-boss itself) carries the work; this table carries what people read.
 */
export class CreateSolveJobs1795450000000 implements MigrationInterface {
  name = "CreateSolveJobs1795450000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "solve_jobs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "status" text NOT NULL,
        "input" jsonb NOT NULL,
        "options" jsonb NOT NULL,
        "progress" jsonb,
        "result" jsonb,
        "error" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "created_by" text NOT NULL,
        "cancel_requested_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "started_at" timestamptz,
        "finished_at" timestamptz,
        CONSTRAINT "solve_jobs_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "solve_jobs_kind_check" CHECK ("kind" IN ('roster', 'shift-design')),
        CONSTRAINT "solve_jobs_status_check" CHECK ("status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
        CONSTRAINT "solve_jobs_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "solve_jobs_organisation_created_idx" ON "solve_jobs" ("organisation_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "solve_jobs"`);
  }
}
