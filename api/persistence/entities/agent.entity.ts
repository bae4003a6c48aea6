import {
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

@Entity({ name: "agents" })
@Index("agents_organisation_email_key", ["organisationId", "email"], { unique: true })
export class AgentEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "agents_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "agents_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "text" })
  email: string;

  @Column({ type: "text" })
  team: string;

  /** The work zone: availability, rest and contract rules are read in it. */
  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  /** The outsourcing partner, or null for in-house staff. */
  @Column({ type: "text", nullable: true })
  vendor: string | null;

  @Column({ name: "attrition_cohort", type: "text" })
  attritionCohort: string;

  @Column({ type: "text", array: true })
  tags: string[];

  @Column({ name: "hire_date", type: "date" })
  hireDate: string;

  @Column({ name: "end_date", type: "date", nullable: true })
  endDate: string | null;

  @Column({ name: "min_minutes_per_week", type: "integer" })
  minMinutesPerWeek: number;

  @Column({ name: "max_minutes_per_week", type: "integer" })
  maxMinutesPerWeek: number;

  @Column({ name: "max_shifts_per_week", type: "smallint" })
  maxShiftsPerWeek: number;

  @Column({ name: "shift_lengths_minutes", type: "integer", array: true })
  shiftLengthsMinutes: number[];

  /** Weekly availability as local weekday windows in the agent's work zone. */
  @Column({ type: "jsonb" })
  availability: WeeklyWindow[];

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
