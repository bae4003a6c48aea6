/**
 * Who is acting. Every service call takes one so permissions and audit need no rewiring: until
 * accounts exist, requests act as the system on behalf of the organisation they address.
 */
export type Role = "director" | "planner" | "vendor_manager" | "agent";

export type Actor =
  | { kind: "system"; organisationId: string }
  | { kind: "user"; organisationId: string; userId: string; role: Role; vendor: string | null; agentId: string | null };

export const systemActor = (organisationId: string): Actor => ({ kind: "system", organisationId });
