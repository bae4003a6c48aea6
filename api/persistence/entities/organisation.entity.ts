import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A tenant: one support organisation and its planning settings. */
@Entity({ name: "organisations" })
@Check("organisations_notice_window_days_check", `"notice_window_days" >= 0`)
@Check("organisations_predictability_premium_minutes_check", `"predictability_premium_minutes" >= 0`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "organisations_pkey" })
  id: string;

  @Column({ type: "text" })
  name: string;

  /** The zone in which the organisation's weeks and business days are read. */
  @Column({ name: "time_zone", type: "text" })
  timeZone: string;

  /** Fair-workweek notice: a change to a shift starting within this many days of the change owes a premium. */
  @Column({ name: "notice_window_days", type: "integer", default: 14 })
  noticeWindowDays: number;

  /** The predictability pay owed per change inside the notice window, in minutes of the agent's pay. */
  @Column({ name: "predictability_premium_minutes", type: "integer", default: 60 })
  predictabilityPremiumMinutes: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
