import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { QueueEntity } from "./queue.entity";

/** How a queue's KPIs are judged: which abandons count against its service level. No row means the default. */
@Entity({ name: "queue_kpi_settings" })
@Check(
  "queue_kpi_settings_abandon_rule_check",
  `"service_level_abandon_rule" IN ('abandons-count-against', 'short-abandons-excluded', 'abandons-excluded', 'short-abandons-met')`,
)
export class QueueKpiSettingsEntity {
  @PrimaryColumn({ name: "queue_id", type: "uuid", primaryKeyConstraintName: "queue_kpi_settings_pkey" })
  queueId: string;

  @OneToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "queue_kpi_settings_queue_id_fkey" })
  queue?: Relation<QueueEntity>;

  @Column({ name: "service_level_abandon_rule", type: "text" })
  serviceLevelAbandonRule: string;
}
