import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Capacity plans (issue 8): a plan's facts, assumptions and result as JSON documents (they are read
 * and written whole, and their shape is the zod contract's); scenarios linked to their base plan;
 * attrition curves per cohort with the estimate and the director's edit kept apart.
 */
export class CreateCapacityPlans1795700000000 implements MigrationInterface {
  name = "CreateCapacityPlans1795700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "capacity_plans" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "name" text NOT NULL,
        "zone" text NOT NULL,
        "start_date" date NOT NULL,
        "week_count" smallint NOT NULL,
        "as_of_date" date NOT NULL,
        "queue_ids" uuid array NOT NULL,
        "facts" jsonb NOT NULL,
        "assumptions" jsonb NOT NULL,
        "attrition_curves" jsonb NOT NULL,
        "result" jsonb NOT NULL,
        "created_by_user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "capacity_plans_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "capacity_plans_week_count_check" CHECK ("week_count" BETWEEN 1 AND 52),
        CONSTRAINT "capacity_plans_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "capacity_plans_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "capacity_plans_organisation_created_idx" ON "capacity_plans" ("organisation_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "capacity_scenarios" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL,
        "name" text NOT NULL,
        "changes" jsonb NOT NULL,
        "result" jsonb NOT NULL,
        "created_by_user_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "capacity_scenarios_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "capacity_scenarios_plan_id_fkey" FOREIGN KEY ("plan_id")
          REFERENCES "capacity_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "capacity_scenarios_created_by_user_id_fkey" FOREIGN KEY ("created_by_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "capacity_scenarios_plan_created_idx" ON "capacity_scenarios" ("plan_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "capacity_attrition_curves" (
        "organisation_id" uuid NOT NULL,
        "attrition_cohort" text NOT NULL,
        "estimate" jsonb NOT NULL,
        "estimated_from_date" date NOT NULL,
        "estimated_to_date" date NOT NULL,
        "estimated_at" timestamptz NOT NULL,
        "edited_hazard_fractions" double precision array,
        "edited_at" timestamptz,
        "edited_by_user_id" uuid,
        CONSTRAINT "capacity_attrition_curves_pkey" PRIMARY KEY ("organisation_id", "attrition_cohort"),
        CONSTRAINT "capacity_attrition_curves_edited_length_check"
          CHECK ("edited_hazard_fractions" IS NULL OR cardinality("edited_hazard_fractions") = 52),
        CONSTRAINT "capacity_attrition_curves_organisation_id_fkey" FOREIGN KEY ("organisation_id")
          REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "capacity_attrition_curves_edited_by_user_id_fkey" FOREIGN KEY ("edited_by_user_id")
          REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["capacity_attrition_curves", "capacity_scenarios", "capacity_plans"]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
