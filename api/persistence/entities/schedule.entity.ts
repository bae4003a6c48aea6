import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { ScheduleQueue, ScheduleRequirement, ScheduleRules } from "../../domain/schedule/schedule";
import { OrganisationEntity } from "./organisation.entity";

@Entity({ name: "schedules" })
@Index("schedules_organisation_period_idx", ["organisationId", "periodStart"])
@Check("schedules_period_check", `"period_end" > "period_start"`)
export class ScheduleEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "schedules_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "schedules_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  name: string;

  @Column({ name: "period_start", type: "timestamptz" })
  periodStart: Date;

  @Column({ name: "period_end", type: "timestamptz" })
  periodEnd: Date;

  @Column({ name: "queue_ids", type: "jsonb" })
  queueIds: string[];

  @Column({ name: "interval_minutes", type: "integer" })
  intervalMinutes: number;

  @Column({ type: "jsonb" })
  queues: ScheduleQueue[];

  @Column({ type: "jsonb" })
  requirements: ScheduleRequirement[];

  @Column({ type: "jsonb" })
  rules: ScheduleRules;

  @Column({ name: "published_version_id", type: "uuid", nullable: true })
  publishedVersionId: string | null;

  /**
   * Named by its table, not imported: a version already imports its schedule, and the two files
   * would otherwise import each other. Nothing loads this relation; it declares the foreign key.
   */
  @ManyToOne("schedule_versions", { onDelete: "SET NULL" })
  @JoinColumn({ name: "published_version_id", foreignKeyConstraintName: "schedules_published_version_id_fkey" })
  publishedVersion?: Relation<{ id: string }>;

  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
