import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { SolveJobKind, SolveJobProgress, SolveJobStatus } from "../../domain/jobs/solve-job";
import { OrganisationEntity } from "./organisation.entity";

@Entity({ name: "solve_jobs" })
@Index("solve_jobs_organisation_created_idx", ["organisationId", "createdAt"])
@Check("solve_jobs_kind_check", `"kind" IN ('roster', 'shift-design')`)
@Check("solve_jobs_status_check", `"status" IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)
export class SolveJobEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "solve_jobs_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "solve_jobs_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  kind: SolveJobKind;

  @Column({ type: "text" })
  status: SolveJobStatus;

  @Column({ type: "jsonb" })
  input: object;

  @Column({ type: "jsonb" })
  options: { timeLimitSeconds: number; relativeGap: number };

  @Column({ type: "jsonb", nullable: true })
  progress: SolveJobProgress | null;

  @Column({ type: "jsonb", nullable: true })
  result: object | null;

  @Column({ type: "text", nullable: true })
  error: string | null;

  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @Column({ name: "cancel_requested_at", type: "timestamptz", nullable: true })
  cancelRequestedAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "started_at", type: "timestamptz", nullable: true })
  startedAt: Date | null;

  @Column({ name: "finished_at", type: "timestamptz", nullable: true })
  finishedAt: Date | null;

  @Column({ type: "text", nullable: true })
  worker: string | null;

  @Column({ name: "heartbeat_at", type: "timestamptz", nullable: true })
  heartbeatAt: Date | null;

  @Column({ type: "text", nullable: true })
  notice: string | null;
}
