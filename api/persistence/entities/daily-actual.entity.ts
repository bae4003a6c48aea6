import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { ActualsImportEntity } from "./actuals-import.entity";
import { QueueEntity } from "./queue.entity";

/** First-contact resolution and CSAT of one local day of a queue, as its latest import wrote them. */
@Entity({ name: "daily_actuals" })
@Index("daily_actuals_import_id_idx", ["importId"])
export class DailyActualEntity {
  @PrimaryColumn({ name: "queue_id", type: "uuid", primaryKeyConstraintName: "daily_actuals_pkey" })
  queueId: string;

  @PrimaryColumn({ name: "local_date", type: "date", primaryKeyConstraintName: "daily_actuals_pkey" })
  localDate: string;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "daily_actuals_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @Column({ name: "fcr_fraction", type: "double precision", nullable: true })
  fcrFraction: number | null;

  @Column({ name: "csat_score", type: "double precision", nullable: true })
  csatScore: number | null;

  @Column({ name: "import_id", type: "uuid" })
  importId: string;

  @ManyToOne(() => ActualsImportEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "import_id", foreignKeyConstraintName: "daily_actuals_import_id_fkey" })
  actualsImport?: Relation<ActualsImportEntity>;
}
