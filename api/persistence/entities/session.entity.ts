import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Relation } from "typeorm";
import { UserEntity } from "./user.entity";

/** A signed-in browser. The cookie holds the secret; only its SHA-256 is stored, so a database leak signs no one in. */
@Entity({ name: "sessions" })
export class SessionEntity {
  @PrimaryColumn({ name: "token_hash", type: "text", primaryKeyConstraintName: "sessions_pkey" })
  tokenHash: string;

  @Column({ name: "user_id", type: "uuid" })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "sessions_user_id_fkey" })
  user?: Relation<UserEntity>;

  @Column({ name: "csrf_token", type: "text" })
  csrfToken: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt: Date;

  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
