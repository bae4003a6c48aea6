import type { TimeOffRequest } from "../domain/access/time-off";
import type { Agent } from "../domain/organisation/agent";
import { conflict, forbidden, notFound, validationFailed } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import { hasRole, type Actor, type Role } from "./actor";
import { assertCanSeeAgent, canSeeAgent } from "./agent-scope";

/** Who decides a request (a vendor manager only their partner's, through `requestFor`). */
const deciders: readonly Role[] = ["director", "vendor_manager"];

const overlaps = (a: TimeOffRequest, b: TimeOffRequest) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * Agents ask, a director or the agent's vendor manager decides. Each answer says how many colleagues
 * of the same team are already off (approved or pending) at overlapping times.
 */
export function createTimeOffService(persistence: Persistence, clock: () => Date) {
  const { timeOff, agents } = persistence.repositories;

  async function present(actor: Actor, requests: TimeOffRequest[]) {
    const everyone = await agents.list(actor.organisationId, { currentOn: null });
    const agentById = new Map(everyone.map((agent) => [agent.id, agent]));
    const active = await timeOff.listForAgents(actor.organisationId, null, ["pending", "approved"]);
    return requests.flatMap((request) => {
      const agent = agentById.get(request.agentId);
      if (!agent) return [];
      const colleagues = new Set(
        active
          .filter(
            (other) =>
              other.agentId !== request.agentId &&
              agentById.get(other.agentId)?.team === agent.team &&
              overlaps(other, request),
          )
          .map((other) => other.agentId),
      );
      return [
        {
          ...request,
          agentName: agent.name,
          team: agent.team,
          agentTimeZone: agent.timeZone,
          colleaguesOff: colleagues.size,
        },
      ];
    });
  }

  async function requestFor(actor: Actor, id: string): Promise<{ request: TimeOffRequest; agent: Agent }> {
    const request = await timeOff.findById(actor.organisationId, id);
    const agent = request ? await agents.findById(actor.organisationId, request.agentId) : null;
    if (!request || !agent || !canSeeAgent(actor, agent)) throw notFound("Time-off request");
    return { request, agent };
  }

  return {
    async request(actor: Actor, draft: { agentId?: string; startsAt: string; endsAt: string; reason: string }) {
      const agentId = draft.agentId ?? (actor.kind === "user" ? actor.agentId : null);
      if (!agentId)
        throw validationFailed([{ path: "body.agentId", message: "is required unless you are signed in as an agent" }]);
      assertCanSeeAgent(actor, await agents.findById(actor.organisationId, agentId));
      const requestedBy = actor.kind === "user" ? actor.userId : null;
      const created = await timeOff.create(actor.organisationId, {
        agentId,
        startsAt: new Date(draft.startsAt),
        endsAt: new Date(draft.endsAt),
        reason: draft.reason,
        requestedBy,
      });
      return (await present(actor, [created]))[0]!;
    },
    async list(actor: Actor, status: TimeOffRequest["status"] | undefined) {
      const statuses: TimeOffRequest["status"][] = status ? [status] : ["pending", "approved", "declined", "cancelled"];
      const visible = (await agents.list(actor.organisationId, { currentOn: null }))
        .filter((agent) => canSeeAgent(actor, agent))
        .map((agent) => agent.id);
      return present(actor, await timeOff.listForAgents(actor.organisationId, visible, statuses));
    },
    async decide(actor: Actor, id: string, decision: { decision: "approved" | "declined"; note: string | null }) {
      const { request } = await requestFor(actor, id);
      if (!hasRole(actor, deciders)) throw forbidden();
      if (request.status !== "pending") throw conflict(`This request is already ${request.status}`);
      await timeOff.decide(
        id,
        {
          status: decision.decision,
          decidedBy: actor.kind === "user" ? actor.userId : null,
          decisionNote: decision.note,
        },
        clock(),
      );
      return (await present(actor, [(await timeOff.findById(actor.organisationId, id))!]))[0]!;
    },
    /**
     * A pending request is withdrawn by whoever may ask for its agent. An approved one is a decision:
     * only whoever may decide it undoes it, or the agent giving their own time back (README's table:
     * planners ask for an agent, they neither decide nor undo a decision).
     */
    async cancel(actor: Actor, id: string) {
      const { request } = await requestFor(actor, id);
      if (request.status === "declined" || request.status === "cancelled")
        throw conflict(`This request is already ${request.status}`);
      const isOwnRequest = actor.kind === "user" && actor.agentId === request.agentId;
      if (request.status === "approved" && !isOwnRequest && !hasRole(actor, deciders)) throw forbidden();
      await timeOff.decide(
        id,
        { status: "cancelled", decidedBy: actor.kind === "user" ? actor.userId : null, decisionNote: null },
        clock(),
      );
      return (await present(actor, [(await timeOff.findById(actor.organisationId, id))!]))[0]!;
    },
  };
}

export type TimeOffService = ReturnType<typeof createTimeOffService>;
