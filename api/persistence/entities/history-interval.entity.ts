import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { QueueEntity } from "./queue.entity";

/** Observed volume of one queue interval; intervals with no row are closed, not zero. */
@Entity({ name: "history_intervals" })
export class HistoryIntervalEntity {
  @PrimaryColumn({ name: "queue_id", type: "uuid", primaryKeyConstraintName: "history_intervals_pkey" })
  queueId: string;

  @PrimaryColumn({ name: "interval_start", type: "timestamptz", primaryKeyConstraintName: "history_intervals_pkey" })
  intervalStart: Date;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "history_intervals_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @Column({ type: "double precision" })
  volume: number;

  @Column({ name: "aht_seconds", type: "double precision", nullable: true })
  ahtSeconds: number | null;
}
