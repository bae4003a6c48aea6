import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Offboarding: a director can disable a user (`disabled_at`; their sessions and tokens are revoked
 * in the same step), and every API token expires. Tokens made before this migration get the default
 * lifetime counted from their creation, so a forgotten old token stops working rather than living on.
 */
export class AddUserOffboarding1796200000000 implements MigrationInterface {
  name = "AddUserOffboarding1796200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "disabled_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD "expires_at" timestamptz`);
    await queryRunner.query(`UPDATE "api_tokens" SET "expires_at" = "created_at" + interval '90 days'`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "disabled_at"`);
  }
}
