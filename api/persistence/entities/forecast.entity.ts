import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { QueueEntity } from "./queue.entity";

/**
 * A stored forecast of one queue: what was asked (horizon, method, options), what the automatic
 * selection chose per horizon band, its backtest accuracy, and the special days it applied. Its
 * intervals are in forecast_intervals.
 */
@Entity({ name: "forecasts" })
@Index("forecasts_queue_created_idx", ["queueId", "createdAt"])
@Check("forecasts_horizon_days_check", `"horizon_days" BETWEEN 1 AND 364`)
export class ForecastEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "forecasts_pkey" })
  id: string;

  @Column({ name: "queue_id", type: "uuid" })
  queueId: string;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "forecasts_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  /** "system" until accounts exist, else the user's id. */
  @Column({ name: "created_by", type: "text" })
  createdBy: string;

  @Column({ name: "horizon_days", type: "smallint" })
  horizonDays: number;

  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  /** "auto" or the method the planner chose. */
  @Column({ name: "requested_method", type: "text" })
  requestedMethod: string;

  @Column({ name: "method_by_band", type: "jsonb" })
  methodByBand: Record<string, string>;

  /** Backtest accuracy per band (null when history was too short to backtest). */
  @Column({ type: "jsonb", nullable: true })
  accuracy: unknown;

  @Column({ name: "special_days", type: "jsonb" })
  specialDays: unknown[];

  @Column({ type: "jsonb" })
  options: Record<string, unknown>;

  @Column({ type: "jsonb" })
  warnings: string[];
}
