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
import { CapacityPlanEntity } from "./capacity-plan.entity";
import { UserEntity } from "./user.entity";

/** A what-if on a plan: its changes (applied to the plan's inputs on every computation) and result. */
@Entity({ name: "capacity_scenarios" })
@Index("capacity_scenarios_plan_created_idx", ["planId", "createdAt"])
export class CapacityScenarioEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "capacity_scenarios_pkey" })
  id: string;

  @Column({ name: "plan_id", type: "uuid" })
  planId: string;

  @ManyToOne(() => CapacityPlanEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "plan_id", foreignKeyConstraintName: "capacity_scenarios_plan_id_fkey" })
  plan?: Relation<CapacityPlanEntity>;

  @Column({ type: "text" })
  name: string;

  @Column({ type: "jsonb" })
  changes: object;

  @Column({ type: "jsonb" })
  result: object;

  @Column({ name: "created_by_user_id", type: "uuid", nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "created_by_user_id", foreignKeyConstraintName: "capacity_scenarios_created_by_user_id_fkey" })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
