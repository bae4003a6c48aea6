import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisations, queues with their SLA settings, agents with contracts and skills, users, history. */
export class CreateFoundation1795400000000 implements MigrationInterface {
  name = "CreateFoundation1795400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organisations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "time_zone" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "queues" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" text NOT NULL,
        "channel" text NOT NULL,
        "time_zone" text NOT NULL,
        "interval_minutes" smallint NOT NULL,
        "priority_weight" double precision NOT NULL,
        "target_service_level" double precision,
        "target_answer_seconds" double precision,
        "target_asa_seconds" double precision,
        "aht_seconds" double precision NOT NULL,
        "shrinkage" double precision NOT NULL,
        "max_occupancy" double precision,
        "patience_seconds" double precision,
        "concurrency" smallint,
        "target_response_hours" double precision,
        "target_response_fraction" double precision,
        "business_hours" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "queues_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "queues_channel_check" CHECK ("channel" IN ('voice', 'chat', 'email')),
        CONSTRAINT "queues_interval_minutes_check" CHECK ("interval_minutes" IN (15, 30, 60)),
        CONSTRAINT "queues_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "queues_organisation_name_key" ON "queues" ("organisation_id", "name")`,
    );
    await queryRunner.query(`
      CREATE TABLE "agents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" text NOT NULL,
        "email" text NOT NULL,
        "team" text NOT NULL,
        "time_zone" text NOT NULL,
        "vendor" text,
        "attrition_cohort" text NOT NULL,
        "tags" text array NOT NULL,
        "hire_date" date NOT NULL,
        "end_date" date,
        "min_minutes_per_week" integer NOT NULL,
        "max_minutes_per_week" integer NOT NULL,
        "max_shifts_per_week" smallint NOT NULL,
        "shift_lengths_minutes" integer array NOT NULL,
        "availability" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "agents_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "agents_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agents_organisation_email_key" ON "agents" ("organisation_id", "email")`,
    );
    await queryRunner.query(`
      CREATE TABLE "agent_skills" (
        "agent_id" uuid NOT NULL,
        "queue_id" uuid NOT NULL,
        CONSTRAINT "agent_skills_pkey" PRIMARY KEY ("agent_id", "queue_id"),
        CONSTRAINT "agent_skills_agent_id_fkey" FOREIGN KEY ("agent_id")
          REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "agent_skills_queue_id_fkey" FOREIGN KEY ("queue_id")
          REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "vendor" text,
        "agent_id" uuid,
        "password_hash" text,
        "display_time_zone" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "users_role_check" CHECK ("role" IN ('director', 'planner', 'vendor_manager', 'agent')),
        CONSTRAINT "users_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "users_agent_id_fkey" FOREIGN KEY ("agent_id")
          REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);
    await queryRunner.query(`
      CREATE TABLE "history_intervals" (
        "queue_id" uuid NOT NULL,
        "interval_start" timestamptz NOT NULL,
        "volume" double precision NOT NULL,
        "aht_seconds" double precision,
        CONSTRAINT "history_intervals_pkey" PRIMARY KEY ("queue_id", "interval_start"),
        CONSTRAINT "history_intervals_queue_id_fkey" FOREIGN KEY ("queue_id")
          REFERENCES "queues"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["history_intervals", "users", "agent_skills", "agents", "queues", "organisations"]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
