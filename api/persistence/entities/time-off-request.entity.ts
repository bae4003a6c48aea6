import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import type { TimeOffStatus } from "../../domain/access/time-off";
import { AgentEntity } from "./agent.entity";
import { OrganisationEntity } from "./organisation.entity";

@Entity({ name: "time_off_requests" })
@Index("time_off_requests_agent_period_idx", ["agentId", "startsAt"])
@Check("time_off_requests_status_check", `"status" IN ('pending', 'approved', 'declined', 'cancelled')`)
@Check("time_off_requests_period_check", `"ends_at" > "starts_at"`)
export class TimeOffRequestEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "time_off_requests_pkey" })
  id: string;

  @Column({ name: "organisation_id", type: "uuid" })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "time_off_requests_organisation_id_fkey" })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: "agent_id", type: "uuid" })
  agentId: string;

  @ManyToOne(() => AgentEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agent_id", foreignKeyConstraintName: "time_off_requests_agent_id_fkey" })
  agent?: Relation<AgentEntity>;

  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Column({ type: "text" })
  reason: string;

  @Column({ type: "text" })
  status: TimeOffStatus;

  @Column({ name: "requested_by", type: "uuid", nullable: true })
  requestedBy: string | null;

  @Column({ name: "decided_by", type: "uuid", nullable: true })
  decidedBy: string | null;

  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;

  @Column({ name: "decision_note", type: "text", nullable: true })
  decisionNote: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
