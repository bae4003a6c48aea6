import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { Relation } from "typeorm";
import type { WeeklyWindow } from "../../domain/organisation/weekly-window";
import { OrganisationEntity } from "./organisation.entity";

@Entity({ name: "queues" })
@Index("queues_organisation_name_key", ["organisationId", "name"], { unique: true })
@Check("queues_channel_check", `"channel" IN ('voice', 'chat', 'email')`)
@Check("queues_interval_minutes_check", `"interval_minutes" IN (15, 30, 60)`)
export class QueueEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "queues_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "queues_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text" })
  channel: "voice" | "chat" | "email";

  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  @Column({ name: "interval_minutes", type: "smallint" })
  intervalMinutes: number;

  @Column({ name: "priority_weight", type: "double precision" })
  priorityWeight: number;

  @Column({ name: "target_service_level", type: "double precision", nullable: true })
  targetServiceLevel: number | null;

  @Column({ name: "target_answer_seconds", type: "double precision", nullable: true })
  targetAnswerSeconds: number | null;

  @Column({ name: "target_asa_seconds", type: "double precision", nullable: true })
  targetAsaSeconds: number | null;

  @Column({ name: "aht_seconds", type: "double precision" })
  ahtSeconds: number;

  @Column({ type: "double precision" })
  shrinkage: number;

  @Column({ name: "max_occupancy", type: "double precision", nullable: true })
  maxOccupancy: number | null;

  @Column({ name: "patience_seconds", type: "double precision", nullable: true })
  patienceSeconds: number | null;

  @Column({ type: "smallint", nullable: true })
  concurrency: number | null;

  @Column({ name: "target_response_hours", type: "double precision", nullable: true })
  targetResponseHours: number | null;

  @Column({ name: "target_response_fraction", type: "double precision", nullable: true })
  targetResponseFraction: number | null;

  /** Opening hours as local weekday windows in the queue's zone; empty means open around the clock. */
  @Column({ name: "business_hours", type: "jsonb" })
  businessHours: WeeklyWindow[];

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
