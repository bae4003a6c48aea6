import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What happened to a published schedule after its publish (issue 14): an agent absent (a span and a
 * reason code), time off approved late, an employment ended, the requirements replaced, and the
 * repairs proposed and accepted. Each event is on the published version it happened to, with who
 * and when; the published roster itself stays as it is until a repair is accepted or a planner
 * edits by hand. `details` holds what the kind needs beyond the columns (a repair's proposal).
 */
export class CreateScheduleEvents1796730000000 implements MigrationInterface {
  name = "CreateScheduleEvents1796730000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "schedule_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "schedule_id" uuid NOT NULL,
        "version_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "agent_id" uuid,
        "start_utc" timestamptz,
        "end_utc" timestamptz,
        "reason_code" text,
        "note" text,
        "details" jsonb,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "schedule_events_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_events_kind_check" CHECK ("kind" IN ('absence', 'late_time_off', 'employment_end', 'requirements_replaced', 'repair_proposed', 'repair_accepted')),
        CONSTRAINT "schedule_events_reason_code_check" CHECK ("reason_code" IS NULL OR "reason_code" IN ('sick', 'emergency', 'no_show', 'training')),
        CONSTRAINT "schedule_events_span_check" CHECK (("start_utc" IS NULL) = ("end_utc" IS NULL) AND ("end_utc" IS NULL OR "end_utc" > "start_utc")),
        CONSTRAINT "schedule_events_absence_check" CHECK ("kind" <> 'absence' OR ("agent_id" IS NOT NULL AND "start_utc" IS NOT NULL AND "reason_code" IS NOT NULL)),
        CONSTRAINT "schedule_events_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "schedule_events_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "schedule_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "schedule_events_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "schedule_events_schedule_idx" ON "schedule_events" ("schedule_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "schedule_events"`);
  }
}
