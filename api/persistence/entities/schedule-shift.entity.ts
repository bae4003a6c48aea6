import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { ShiftBreak } from "../../domain/schedule/schedule";
import { AgentEntity } from "./agent.entity";
import { ScheduleVersionEntity } from "./schedule-version.entity";

@Entity({ name: "schedule_shifts" })
@Index("schedule_shifts_key_key", ["versionId", "shiftKey"], { unique: true })
@Index("schedule_shifts_version_start_idx", ["versionId", "startsAt"])
@Index("schedule_shifts_agent_start_idx", ["agentId", "startsAt"])
@Check("schedule_shifts_period_check", `"ends_at" > "starts_at"`)
@Check("schedule_shifts_revision_check", `"revision" >= 1`)
export class ScheduleShiftEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "schedule_shifts_pkey" })
  id: string;

  @Column({ name: "version_id", type: "uuid" })
  versionId: string;

  @ManyToOne(() => ScheduleVersionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id", foreignKeyConstraintName: "schedule_shifts_version_id_fkey" })
  version?: Relation<ScheduleVersionEntity>;

  @Column({ name: "shift_key", type: "uuid" })
  shiftKey: string;

  @Column({ name: "agent_id", type: "uuid" })
  agentId: string;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "schedule_shifts_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "queue_ids", type: "jsonb" })
  queueIds: string[];

  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Column({ type: "jsonb" })
  breaks: ShiftBreak[];

  @Column({ type: "integer", default: 0 })
  sequence: number;

  /** Raised by every edit of the draft shift; what its ETag and an edit's If-Match carry. */
  @Column({ type: "integer", default: 1 })
  revision: number;
}
