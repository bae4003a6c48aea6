import { Column, Entity, PrimaryColumn } from "typeorm";

/** Sign-in attempts per key (`email:…` or `ip:…`) in a window, less those that succeeded, and a lockout; in the database so it holds across processes. */
@Entity({ name: "auth_throttle" })
export class AuthThrottleEntity {
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "auth_throttle_pkey" })
  key: string;

  @Column({ type: "integer", default: 0 })
  failures: number;

  @Column({ name: "window_started_at", type: "timestamptz", default: () => "now()" })
  windowStartedAt: Date;

  @Column({ name: "locked_until", type: "timestamptz", nullable: true })
  lockedUntil: Date | null;
}
