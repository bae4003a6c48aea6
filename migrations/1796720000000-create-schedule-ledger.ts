import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The change ledger of published schedules and the notifications it sends (issue 14).
 *
 * - `schedule_change_sets` (who, when, kind, reason, note), `schedule_changes` (per shift, before and
 *   after as JSON) and `schedule_change_notes` (a planner's later note) are append-only: a trigger
 *   refuses UPDATE, DELETE and TRUNCATE on them, so not even a bug or a hand-typed statement rewrites
 *   history. Agents are named by id without a foreign key: the record outlives the agent.
 * - `notifications`: one message per (agent, change set), the in-app channel; `notification_deliveries`
 *   claims each other channel's send once per (agent, change set, channel); `notification_preferences`
 *   holds the channels an agent chose.
 * - The organisation's fair-workweek settings: a change inside `notice_window_days` of the shift's
 *   start owes `predictability_premium_minutes` of pay (New York City's Fair Workweek law: 14 days).
 */
export class CreateScheduleLedger1796720000000 implements MigrationInterface {
  name = "CreateScheduleLedger1796720000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "notice_window_days" integer NOT NULL DEFAULT 14, ADD "predictability_premium_minutes" integer NOT NULL DEFAULT 60`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_notice_window_days_check" CHECK ("notice_window_days" >= 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_predictability_premium_minutes_check" CHECK ("predictability_premium_minutes" >= 0)`,
    );
    await queryRunner.query(`
      CREATE TABLE "schedule_change_sets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "schedule_id" uuid NOT NULL,
        "version_id" uuid,
        "kind" text NOT NULL,
        "reason_code" text,
        "note" text,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "schedule_change_sets_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_change_sets_kind_check" CHECK ("kind" IN ('publish', 'repair', 'manual_edit', 'absence', 'time_off', 'employment_end', 'requirements_replaced', 'trade', 'offer')),
        CONSTRAINT "schedule_change_sets_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id"),
        CONSTRAINT "schedule_change_sets_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "schedules"("id"),
        CONSTRAINT "schedule_change_sets_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "schedule_versions"("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "schedule_change_sets_schedule_created_idx" ON "schedule_change_sets" ("schedule_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "schedule_changes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "change_set_id" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "shift_key" uuid NOT NULL,
        "change" text NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "before" jsonb,
        "after" jsonb,
        CONSTRAINT "schedule_changes_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_changes_change_check" CHECK ("change" IN ('added', 'removed', 'changed')),
        CONSTRAINT "schedule_changes_sides_check" CHECK (("change" = 'added' AND "before" IS NULL AND "after" IS NOT NULL) OR ("change" = 'removed' AND "before" IS NOT NULL AND "after" IS NULL) OR ("change" = 'changed' AND "before" IS NOT NULL AND "after" IS NOT NULL)),
        CONSTRAINT "schedule_changes_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "schedule_change_sets"("id")
      )`);
    await queryRunner.query(`CREATE INDEX "schedule_changes_change_set_idx" ON "schedule_changes" ("change_set_id")`);
    await queryRunner.query(
      `CREATE INDEX "schedule_changes_agent_start_idx" ON "schedule_changes" ("agent_id", "starts_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "schedule_change_notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "change_set_id" uuid NOT NULL,
        "note" text NOT NULL,
        "created_by" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "schedule_change_notes_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "schedule_change_notes_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "schedule_change_sets"("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "schedule_change_notes_change_set_idx" ON "schedule_change_notes" ("change_set_id")`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "schedule_ledger_refuse_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the schedule ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END
      $$`);
    for (const table of ["schedule_change_sets", "schedule_changes", "schedule_change_notes"]) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "schedule_ledger_refuse_rewrite"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "schedule_ledger_refuse_rewrite"()`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "change_set_id" uuid NOT NULL,
        "subject" text NOT NULL,
        "body" text NOT NULL,
        "shifts" jsonb NOT NULL,
        "is_email_wanted" boolean NOT NULL,
        "is_in_app" boolean NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "notifications_agent_change_set_key" UNIQUE ("agent_id", "change_set_id"),
        CONSTRAINT "notifications_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE,
        CONSTRAINT "notifications_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE,
        CONSTRAINT "notifications_change_set_id_fkey" FOREIGN KEY ("change_set_id") REFERENCES "schedule_change_sets"("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "notifications_agent_created_idx" ON "notifications" ("agent_id", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_change_set_idx" ON "notifications" ("change_set_id")`);
    await queryRunner.query(`
      CREATE TABLE "notification_deliveries" (
        "agent_id" uuid NOT NULL,
        "change_set_id" uuid NOT NULL,
        "channel" text NOT NULL,
        "recipient" text NOT NULL,
        "delivered_at" timestamptz NOT NULL DEFAULT now(),
        "delivered_by" text NOT NULL,
        CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("agent_id", "change_set_id", "channel"),
        CONSTRAINT "notification_deliveries_channel_check" CHECK ("channel" IN ('email')),
        CONSTRAINT "notification_deliveries_notification_fkey" FOREIGN KEY ("agent_id", "change_set_id") REFERENCES "notifications"("agent_id", "change_set_id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE "notification_preferences" (
        "agent_id" uuid NOT NULL,
        "is_in_app" boolean NOT NULL,
        "is_email" boolean NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("agent_id"),
        CONSTRAINT "notification_preferences_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "schedule_change_notes"`);
    await queryRunner.query(`DROP TABLE "schedule_changes"`);
    await queryRunner.query(`DROP TABLE "schedule_change_sets"`);
    await queryRunner.query(`DROP FUNCTION "schedule_ledger_refuse_rewrite"()`);
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP CONSTRAINT "organisations_predictability_premium_minutes_check", DROP CONSTRAINT "organisations_notice_window_days_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" DROP COLUMN "predictability_premium_minutes", DROP COLUMN "notice_window_days"`,
    );
  }
}
