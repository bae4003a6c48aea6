import type { MigrationInterface, QueryRunner } from "typeorm";

/** Agents ask for time off; a director or their vendor manager decides. Approved time off is hard unavailability. */
export class CreateTimeOffRequests1795850000000 implements MigrationInterface {
  name = "CreateTimeOffRequests1795850000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "time_off_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "agent_id" uuid NOT NULL,
        "starts_at" timestamptz NOT NULL,
        "ends_at" timestamptz NOT NULL,
        "reason" text NOT NULL,
        "status" text NOT NULL,
        "requested_by" uuid,
        "decided_by" uuid,
        "decided_at" timestamptz,
        "decision_note" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "time_off_requests_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "time_off_requests_status_check" CHECK ("status" IN ('pending', 'approved', 'declined', 'cancelled')),
        CONSTRAINT "time_off_requests_period_check" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "time_off_requests_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "time_off_requests_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "time_off_requests_agent_period_idx" ON "time_off_requests" ("agent_id", "starts_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "time_off_requests"`);
  }
}
