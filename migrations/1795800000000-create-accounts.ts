import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts: server-side sessions (revocable), personal API tokens and invitations, all stored as
 * SHA-256 hashes of their secrets; a throttle table so lockout holds across API processes.
 */
export class CreateAccounts1795800000000 implements MigrationInterface {
  name = "CreateAccounts1795800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL,
        "csrf_token" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        CONSTRAINT "sessions_pkey" PRIMARY KEY ("token_hash"),
        CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`
      CREATE TABLE "api_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" text NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_used_at" timestamptz,
        "revoked_at" timestamptz,
        CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens" ("token_hash")`);
    await queryRunner.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "email" text NOT NULL,
        "display_name" text NOT NULL,
        "role" text NOT NULL,
        "vendor" text,
        "agent_id" uuid,
        "token_hash" text NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        CONSTRAINT "invitations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "invitations_role_check" CHECK ("role" IN ('director', 'planner', 'vendor_manager', 'agent')),
        CONSTRAINT "invitations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "invitations_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")`);
    await queryRunner.query(`
      CREATE TABLE "auth_throttle" (
        "key" text NOT NULL,
        "failures" integer NOT NULL DEFAULT 0,
        "window_started_at" timestamptz NOT NULL DEFAULT now(),
        "locked_until" timestamptz,
        CONSTRAINT "auth_throttle_pkey" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["auth_throttle", "invitations", "api_tokens", "sessions"])
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
