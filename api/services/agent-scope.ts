import type { Agent } from "../domain/organisation/agent";
import { forbidden, notFound } from "../errors/app-errors";
import type { Actor } from "./actor";

/**
 * Which agents an actor may see and change. A vendor manager sees only their partner's agents and an
 * agent only themself; anyone else's record answers 404, so its existence does not leak.
 */
export function canSeeAgent(actor: Actor, agent: Pick<Agent, "id" | "vendor">): boolean {
  if (actor.kind === "system" || actor.role === "director" || actor.role === "planner") return true;
  if (actor.role === "vendor_manager") return actor.vendor !== null && agent.vendor === actor.vendor;
  return actor.agentId === agent.id;
}

export function assertCanSeeAgent<T extends Pick<Agent, "id" | "vendor">>(actor: Actor, agent: T | null): T {
  if (!agent || !canSeeAgent(actor, agent)) throw notFound("Agent");
  return agent;
}

/** A vendor manager may only create or move agents into their own partner. */
export function assertCanAssignVendor(actor: Actor, vendor: string | null | undefined): void {
  if (actor.kind === "user" && actor.role === "vendor_manager" && vendor !== undefined && vendor !== actor.vendor)
    throw forbidden();
}
