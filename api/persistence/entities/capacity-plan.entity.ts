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
import { OrganisationEntity } from "./organisation.entity";
import { UserEntity } from "./user.entity";

/**
 * A long-range capacity plan: the facts it was made from (agents, weekly demand), the director's
 * assumptions, the attrition curves of its last computation and its result, each a JSON document
 * whose shape the capacity contract defines.
 */
@Entity({ name: "capacity_plans" })
@Index("capacity_plans_organisation_created_idx", ["organisationId", "createdAt"])
@Check("capacity_plans_week_count_check", `"week_count" BETWEEN 1 AND 52`)
export class CapacityPlanEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "capacity_plans_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "capacity_plans_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  name: string;

  /** The organisation's IANA zone when the plan was made: its weeks start at local midnight there. */
  @Column({ type: "text" })
  zone: string;

  @Column({ name: "start_date", type: "date" })
  startDate: string;

  @Column({ name: "week_count", type: "smallint" })
  weekCount: number;

  @Column({ name: "as_of_date", type: "date" })
  asOfDate: string;

  @Column({ name: "queue_ids", type: "uuid", array: true })
  queueIds: string[];

  @Column({ type: "jsonb" })
  facts: object;

  @Column({ type: "jsonb" })
  assumptions: object;

  @Column({ name: "attrition_curves", type: "jsonb" })
  attritionCurves: object;

  @Column({ type: "jsonb" })
  result: object;

  @Column({ name: "created_by_user_id", type: "uuid", nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_user_id", foreignKeyConstraintName: "capacity_plans_created_by_user_id_fkey" })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
