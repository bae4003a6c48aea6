import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { AgentEntity } from "./agent.entity";
import { QueueEntity } from "./queue.entity";

/** A queue an agent is skilled to work. */
@Entity({ name: "agent_skills" })
export class AgentSkillEntity {
  @PrimaryColumn({ name: "agent_id", type: "uuid", primaryKeyConstraintName: "agent_skills_pkey" })
  agentId: string;

  @PrimaryColumn({ name: "queue_id", type: "uuid", primaryKeyConstraintName: "agent_skills_pkey" })
  queueId: string;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "agent_skills_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @ManyToOne(() => QueueEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "queue_id", foreignKeyConstraintName: "agent_skills_queue_id_fkey" })
  queue?: Relation<QueueEntity>;
}
