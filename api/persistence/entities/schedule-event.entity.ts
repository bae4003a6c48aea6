import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { AbsenceReasonCode, ScheduleEventKind } from "../../domain/schedule/schedule-event";
import { AgentEntity } from "./agent.entity";
import { ScheduleEntity } from "./schedule.entity";
import { ScheduleVersionEntity } from "./schedule-version.entity";

/** An event on a published schedule version (migration 1796730000000). */
@Entity({ name: "schedule_events" })
@Index("schedule_events_schedule_idx", ["scheduleId", "createdAt"])
@Check(
  "schedule_events_kind_check",
  `"kind" IN ('absence', 'late_time_off', 'employment_end', 'requirements_replaced', 'repair_proposed', 'repair_accepted')`,
)
@Check(
  "schedule_events_reason_code_check",
  `"reason_code" IS NULL OR "reason_code" IN ('sick', 'emergency', 'no_show', 'training')`,
)
@Check(
  "schedule_events_span_check",
  `("start_utc" IS NULL) = ("end_utc" IS NULL) AND ("end_utc" IS NULL OR "end_utc" > "start_utc")`,
)
@Check(
  "schedule_events_absence_check",
  `"kind" <> 'absence' OR ("agent_id" IS NOT NULL AND "start_utc" IS NOT NULL AND "reason_code" IS NOT NULL)`,
)
export class ScheduleEventEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "schedule_events_pkey" })
  id: string;

  @Column({ name: "schedule_id", type: "uuid" })
  scheduleId: string;

  @ManyToOne(() => ScheduleEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "schedule_id", foreignKeyConstraintName: "schedule_events_schedule_id_fkey" })
  schedule?: Relation<ScheduleEntity>;

  @Column({ name: "version_id", type: "uuid" })
  versionId: string;

  @ManyToOne(() => ScheduleVersionEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id", foreignKeyConstraintName: "schedule_events_version_id_fkey" })
  version?: Relation<ScheduleVersionEntity>;

  @Column({ type: "text" })
  kind: ScheduleEventKind;

  @Column({ name: "agent_id", type: "uuid", nullable: true })
  agentId: string | null;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "schedule_events_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "start_utc", type: "timestamptz", nullable: true })
  startUtc: Date | null;

  @Column({ name: "end_utc", type: "timestamptz", nullable: true })
  endUtc: Date | null;

  @Column({ name: "reason_code", type: "text", nullable: true })
  reasonCode: AbsenceReasonCode | null;

  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "jsonb", nullable: true })
  details: unknown;

  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
