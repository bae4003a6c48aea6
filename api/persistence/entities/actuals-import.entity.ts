import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { QueueEntity } from "./queue.entity";

/** One actuals import: who (null for the system: CLI, seed) wrote how many intervals of a queue, and when. */
@Entity({ name: "actuals_imports" })
@Index("actuals_imports_queue_imported_at_idx", ["queueId", "importedAt"])
@Check("actuals_imports_shape_check", `"shape" IN ('interval-actuals', 'contacts')`)
export class ActualsImportEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "actuals_imports_pkey" })
  id: string;

  @Column({ name: "queue_id", type: "uuid" })
  queueId: string;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "actuals_imports_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @Column({ name: "imported_by", type: "uuid", nullable: true })
  importedBy: string | null;

  @Column({ name: "imported_at", type: "timestamptz" })
  importedAt: Date;

  @Column({ type: "text" })
  shape: string;

  @Column({ name: "row_count", type: "integer" })
  rowCount: number;

  @Column({ name: "interval_count", type: "integer" })
  intervalCount: number;

  @Column({ name: "new_interval_count", type: "integer" })
  newIntervalCount: number;

  @Column({ name: "replaced_interval_count", type: "integer" })
  replacedIntervalCount: number;
}
