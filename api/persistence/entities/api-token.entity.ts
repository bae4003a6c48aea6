import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Relation } from "typeorm";
import { UserEntity } from "./user.entity";

/** A personal API token for integrations; only its SHA-256 is stored. */
@Entity({ name: "api_tokens" })
@Index("api_tokens_token_hash_key", ["tokenHash"], { unique: true })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "api_tokens_pkey" })
  id: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "api_tokens_user_id_fkey" })
  user?: Relation<UserEntity>;

  @Column({ type: "text" })
  name: string;

  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
