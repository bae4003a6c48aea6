import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Which process runs a solve job and when it last said it was alive, so that a job whose worker
 * died is taken up again within seconds instead of showing `running` until its pg-boss lease ends;
 * `notice` says in words what happened to it (a lost worker, a shutdown).
 */
export class AddSolveJobHeartbeats1796650000000 implements MigrationInterface {
  name = "AddSolveJobHeartbeats1796650000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "solve_jobs" ADD COLUMN "worker" text, ADD COLUMN "heartbeat_at" timestamptz, ADD COLUMN "notice" text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "solve_jobs" DROP COLUMN "notice", DROP COLUMN "heartbeat_at", DROP COLUMN "worker"`,
    );
  }
}
