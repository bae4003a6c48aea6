import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { ScheduleEntity } from "./schedule.entity";
import { ScheduleVersionEntity } from "./schedule-version.entity";
import { SolveJobEntity } from "./solve-job.entity";

/** A solve submitted for a schedule; settled once its roster became a draft (or the job ended without one). */
@Entity({ name: "schedule_solves" })
@Index("schedule_solves_schedule_idx", ["scheduleId"])
export class ScheduleSolveEntity {
  @PrimaryColumn({ name: "solve_job_id", type: "uuid", primaryKeyConstraintName: "schedule_solves_pkey" })
  solveJobId: string;

  @ManyToOne(() => SolveJobEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "solve_job_id", foreignKeyConstraintName: "schedule_solves_solve_job_id_fkey" })
  solveJob?: Relation<SolveJobEntity>;

  @Column({ name: "schedule_id", type: "uuid" })
  scheduleId: string;

  @ManyToOne(() => ScheduleEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "schedule_id", foreignKeyConstraintName: "schedule_solves_schedule_id_fkey" })
  schedule?: Relation<ScheduleEntity>;

  @Column({ name: "version_id", type: "uuid", nullable: true })
  versionId: string | null;

  @ManyToOne(() => ScheduleVersionEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "version_id", foreignKeyConstraintName: "schedule_solves_version_id_fkey" })
  version?: Relation<ScheduleVersionEntity>;

  @Column({ name: "is_settled", type: "boolean", default: false })
  isSettled: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
