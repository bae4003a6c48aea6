import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A revision per draft shift, raised by every edit: an edit names the revision it read (If-Match)
 * and is refused when another edit got there first, so concurrent edits cannot overwrite each other
 * unseen. Existing shifts start at revision 1.
 */
export class AddScheduleShiftRevisions1796300000000 implements MigrationInterface {
  name = "AddScheduleShiftRevisions1796300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_shifts" ADD "revision" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(
      `ALTER TABLE "schedule_shifts" ADD CONSTRAINT "schedule_shifts_revision_check" CHECK ("revision" >= 1)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schedule_shifts" DROP CONSTRAINT "schedule_shifts_revision_check"`);
    await queryRunner.query(`ALTER TABLE "schedule_shifts" DROP COLUMN "revision"`);
  }
}
