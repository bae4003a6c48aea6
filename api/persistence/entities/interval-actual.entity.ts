import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { ActualsImportEntity } from "./actuals-import.entity";
import { QueueEntity } from "./queue.entity";

/** What happened in one queue interval, as its latest import wrote it. */
@Entity({ name: "interval_actuals" })
@Index("interval_actuals_import_id_idx", ["importId"])
@Check("interval_actuals_counts_check", `"offered_count" >= 0 AND "handled_count" >= 0 AND "abandoned_count" >= 0`)
export class IntervalActualEntity {
  @PrimaryColumn({ name: "queue_id", type: "uuid", primaryKeyConstraintName: "interval_actuals_pkey" })
  queueId: string;

  @PrimaryColumn({ name: "interval_start", type: "timestamptz", primaryKeyConstraintName: "interval_actuals_pkey" })
  intervalStart: Date;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "interval_actuals_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @Column({ name: "offered_count", type: "double precision" })
  offeredCount: number;

  @Column({ name: "handled_count", type: "double precision" })
  handledCount: number;

  @Column({ name: "abandoned_count", type: "double precision" })
  abandonedCount: number;

  @Column({ name: "answered_within_threshold_count", type: "double precision", nullable: true })
  answeredWithinThresholdCount: number | null;

  @Column({ name: "abandoned_within_threshold_count", type: "double precision", nullable: true })
  abandonedWithinThresholdCount: number | null;

  @Column({ name: "reported_service_level_fraction", type: "double precision", nullable: true })
  reportedServiceLevelFraction: number | null;

  @Column({ name: "aht_seconds", type: "double precision", nullable: true })
  ahtSeconds: number | null;

  @Column({ name: "asa_seconds", type: "double precision", nullable: true })
  asaSeconds: number | null;

  @Column({ name: "import_id", type: "uuid" })
  importId: string;

  @ManyToOne(() => ActualsImportEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "import_id", foreignKeyConstraintName: "interval_actuals_import_id_fkey" })
  actualsImport?: Relation<ActualsImportEntity>;
}
