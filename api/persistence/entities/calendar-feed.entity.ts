import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { AgentEntity } from "./agent.entity";
import { OrganisationEntity } from "./organisation.entity";

/** An agent's secret iCal feed. Only the SHA-256 of its token is kept, so a database leak opens no calendar. */
@Entity({ name: "calendar_feeds" })
@Index("calendar_feeds_agent_id_key", ["agentId"], { unique: true })
@Index("calendar_feeds_token_hash_key", ["tokenHash"], { unique: true })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "calendar_feeds_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "calendar_feeds_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: "agent_id", type: "uuid" })
  agentId: string;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "calendar_feeds_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "last_fetched_at", type: "timestamptz", nullable: true })
  lastFetchedAt: Date | null;
}
