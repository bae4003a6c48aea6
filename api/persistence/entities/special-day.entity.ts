import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { OrganisationEntity } from "./organisation.entity";
import { QueueEntity } from "./queue.entity";

/**
 * A holiday or event: the whole organisation's (queue_id null) or one queue's. Closed (forecast 0)
 * or a factor on the usual demand; a queue's own entry wins over the organisation's on that date.
 */
@Entity({ name: "special_days" })
@Index("special_days_organisation_date_idx", ["organisationId", "localDate"])
@Check("special_days_kind_check", `"kind" IN ('closed', 'factor')`)
@Check("special_days_factor_check", `("kind" = 'closed' AND "factor" IS NULL) OR ("kind" = 'factor' AND "factor" >= 0)`)
export class SpecialDayEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "special_days_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "special_days_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: "queue_id", type: "uuid", nullable: true })
  queueId: string | null;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "special_days_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  /** The day in the queue's zone (an organisation-wide day applies in each queue's own zone). */
  @Column({ name: "local_date", type: "date" })
  localDate: string;

  @Column({ type: "text" })
  kind: "closed" | "factor";

  @Column({ type: "double precision", nullable: true })
  factor: number | null;

  @Column({ type: "text" })
  label: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
