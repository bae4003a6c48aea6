import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { PublishDiff, SolveSummary, VersionSource, VersionStatus } from "../../domain/schedule/schedule";
import { ScheduleEntity } from "./schedule.entity";

@Entity({ name: "schedule_versions" })
@Index("schedule_versions_number_key", ["scheduleId", "number"], { unique: true })
@Index("schedule_versions_solve_job_id_key", ["solveJobId"], { unique: true })
@Check("schedule_versions_status_check", `"status" IN ('draft', 'published')`)
@Check("schedule_versions_source_check", `"source" IN ('solve', 'manual')`)
@Check("schedule_versions_published_check", `("status" = 'published') = ("published_at" IS NOT NULL)`)
export class ScheduleVersionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "schedule_versions_pkey" })
  id: string;

  @Column({ name: "schedule_id", type: "uuid" })
  scheduleId: string;

  @ManyToOne(() => ScheduleEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "schedule_id", foreignKeyConstraintName: "schedule_versions_schedule_id_fkey" })
  schedule?: Relation<ScheduleEntity>;

  @Column({ type: "integer" })
  number: number;

  @Column({ type: "text" })
  status: VersionStatus;

  @Column({ type: "text" })
  source: VersionSource;

  @Column({ name: "solve_job_id", type: "uuid", nullable: true })
  solveJobId: string | null;

  @Column({ name: "solve_summary", type: "jsonb", nullable: true })
  solveSummary: SolveSummary | null;

  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "published_by", type: "text", nullable: true })
  publishedBy: string | null;

  @Column({ name: "published_at", type: "timestamptz", nullable: true })
  publishedAt: Date | null;

  @Column({ type: "jsonb", nullable: true })
  diff: PublishDiff | null;
}
