import type { Role } from "../domain/access/role";

export type { Role };

/**
 * Who is acting. Every service call takes one, so permissions and audit need no rewiring: a signed-in
 * user (from a session cookie or an API token), or the system (the CLI, seeding, tests) acting for an
 * organisation with every right.
 */
export type Actor =
  | { kind: "system"; organisationId: string }
  | { kind: "user"; organisationId: string; userId: string; role: Role; vendor: string | null; agentId: string | null };

export const systemActor = (organisationId: string): Actor => ({ kind: "system", organisationId });

/** Whether the actor holds one of `roles` (the system holds them all). */
export const hasRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.kind === "system" || roles.includes(actor.role);
