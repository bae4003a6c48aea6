import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { AgentEntity } from "./agent.entity";
import { OrganisationEntity } from "./organisation.entity";

/** A person who signs in. Authentication itself arrives with the accounts issue. */
@Entity({ name: "users" })
@Index("users_email_key", ["email"], { unique: true })
@Check("users_role_check", `"role" IN ('director', 'planner', 'vendor_manager', 'agent')`)
export class UserEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "users_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "users_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: "text" })
  email: string;

  @Column({ name: "display_name", type: "text" })
  displayName: string;

  @Column({ type: "text" })
  role: "director" | "planner" | "vendor_manager" | "agent";

  /** For vendor managers: the outsourcing partner whose people they manage. */
  @Column({ type: "text", nullable: true })
  vendor: string | null;

  @Column({ name: "agent_id", type: "uuid", nullable: true })
  agentId: string | null;

  @ManyToOne(() => AgentEntity, { onDelete: "SET NULL" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "users_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "password_hash", type: "text", nullable: true })
  passwordHash: string | null;

  @Column({ name: "display_time_zone", type: "text", nullable: true })
  displayTimeZone: string | null;

  /** Set when a director disables the account: no sign-in, and its sessions and tokens were revoked then. */
  @Column({ name: "disabled_at", type: "timestamptz", nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
