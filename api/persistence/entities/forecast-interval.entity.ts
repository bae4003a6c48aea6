import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { ForecastEntity } from "./forecast.entity";

/**
 * One forecast interval. When a planner overrides it, the computed values move to the original_*
 * columns (kept once, from the first override) and the current ones hold the planner's numbers.
 */
@Entity({ name: "forecast_intervals" })
export class ForecastIntervalEntity {
  @PrimaryColumn({ name: "forecast_id", type: "uuid", primaryKeyConstraintName: "forecast_intervals_pkey" })
  forecastId: string;

  @PrimaryColumn({ name: "interval_start", type: "timestamptz", primaryKeyConstraintName: "forecast_intervals_pkey" })
  intervalStart: Date;

  @ManyToOne(() => ForecastEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "forecast_id", foreignKeyConstraintName: "forecast_intervals_forecast_id_fkey" })
  forecast?: Relation<ForecastEntity>;

  @Column({ type: "double precision" })
  expected: number;

  @Column({ type: "double precision" })
  p50: number;

  @Column({ type: "double precision" })
  p80: number;

  @Column({ type: "double precision" })
  p90: number;

  @Column({ name: "aht_seconds", type: "double precision", nullable: true })
  ahtSeconds: number | null;

  @Column({ name: "original_expected", type: "double precision", nullable: true })
  originalExpected: number | null;

  @Column({ name: "original_p50", type: "double precision", nullable: true })
  originalP50: number | null;

  @Column({ name: "original_p80", type: "double precision", nullable: true })
  originalP80: number | null;

  @Column({ name: "original_p90", type: "double precision", nullable: true })
  originalP90: number | null;

  @Column({ name: "override_note", type: "text", nullable: true })
  overrideNote: string | null;
}
