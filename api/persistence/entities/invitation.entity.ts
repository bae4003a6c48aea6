import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { AgentEntity } from "./agent.entity";
import { OrganisationEntity } from "./organisation.entity";

/** An invitation to create an account; the link carries a secret whose SHA-256 is stored. */
@Entity({ name: "invitations" })
@Index("invitations_token_hash_key", ["tokenHash"], { unique: true })
@Check("invitations_role_check", `"role" IN ('director', 'planner', 'vendor_manager', 'agent')`)
export class InvitationEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "invitations_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "invitations_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  email: string;

  @Column({ name: "display_name", type: "text" })
  displayName: string;

  @Column({ type: "text" })
  role: "director" | "planner" | "vendor_manager" | "agent";

  @Column({ type: "text", nullable: true })
  vendor: string | null;

  @Column({ name: "agent_id", type: "uuid", nullable: true })
  agentId: string | null;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "invitations_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "accepted_at", type: "timestamptz", nullable: true })
  acceptedAt: Date | null;
}
