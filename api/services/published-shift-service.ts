import type { z } from "zod";
import type { Agent } from "../domain/organisation/agent";
import { formatInstantInZone } from "../domain/time/format-instant";
import type { getMyShifts } from "../http/contracts/schedules";
import { notFound } from "../http/errors";
import type { Persistence } from "../persistence/repositories";
import type { PublishedShiftRow } from "../persistence/repositories/schedule-repository";
import { assertCanSeeAgent } from "./agent-scope";
import type { Actor } from "./actor";
import { createTtlCache } from "./ttl-cache";

type ShiftsQuery = z.output<typeof getMyShifts.query>;

/**
 * What agents see: the shifts of each schedule's published version (never a draft), as UTC
 * instants and as wall-clock times with the offset in force in the reader's zone.
 */
export function createPublishedShiftService(persistence: Persistence, clock: () => Date) {
  const { repositories } = persistence;
  const queueNamesByOrganisation = createTtlCache<Map<string, string>>(5_000, 1_000, () => clock().getTime());
  const zonesByReader = createTtlCache<{ agentTimeZone: string; displayTimeZone: string | null } | null>(5_000, 10_000, () => clock().getTime());

  /** The agent's work zone and the reader's display zone; kept a few seconds, as calendar apps and pages poll. */
  async function zonesOf(organisationId: string, agentId: string, userId: string) {
    const key = `${agentId}|${userId}`;
    const cached = zonesByReader.get(key);
    if (cached !== undefined) return cached;
    const zones = await repositories.agents.findZones(organisationId, agentId, userId);
    zonesByReader.set(key, zones);
    return zones;
  }

  /** Queue names change rarely and every shift read needs them: kept for a few seconds. */
  async function queueNames(actor: Actor): Promise<Map<string, string>> {
    const cached = queueNamesByOrganisation.get(actor.organisationId);
    if (cached) return cached;
    const names = new Map((await repositories.queues.list(actor.organisationId)).map((queue) => [queue.id, queue.name]));
    queueNamesByOrganisation.set(actor.organisationId, names);
    return names;
  }

  const presentRow = (names: Map<string, string>, zone: string) => (row: PublishedShiftRow) => {
    const local = (iso: string) => formatInstantInZone(Date.parse(iso), zone);
    return {
      id: row.id,
      shiftKey: row.shiftKey,
      scheduleId: row.scheduleId,
      scheduleName: row.scheduleName,
      versionNumber: row.versionNumber,
      queues: row.queueIds.map((id) => ({ id, name: names.get(id) ?? "" })),
      startUtc: row.startUtc,
      endUtc: row.endUtc,
      startLocal: local(row.startUtc),
      endLocal: local(row.endUtc),
      breaks: row.breaks.map((item) => ({ ...item, startLocal: local(item.startUtc), endLocal: local(item.endUtc) })),
    };
  };

  async function shiftsOf(actor: Actor, agent: Pick<Agent, "id" | "timeZone">, from: string, to: string, zone: string) {
    const rows = await repositories.schedules.listPublishedShifts(actor.organisationId, [agent.id], new Date(from), new Date(to));
    return { agentId: agent.id, timeZone: zone, agentTimeZone: agent.timeZone, shifts: rows.map(presentRow(await queueNames(actor), zone)) };
  }

  return {
    /** The signed-in person's own agent record's published shifts; 404 when the account is no agent. */
    async mine(actor: Actor, query: ShiftsQuery) {
      const zones = actor.kind === "user" && actor.agentId ? await zonesOf(actor.organisationId, actor.agentId, actor.userId) : null;
      if (!zones || actor.kind !== "user" || !actor.agentId) throw notFound("Agent");
      return shiftsOf(actor, { id: actor.agentId, timeZone: zones.agentTimeZone }, query.from, query.to, query.timeZone ?? zones.displayTimeZone ?? zones.agentTimeZone);
    },
    /** One agent's published shifts, scoped like the agent record itself (others answer 404). */
    async ofAgent(actor: Actor, agentId: string, query: ShiftsQuery) {
      const agent = assertCanSeeAgent(actor, await repositories.agents.findById(actor.organisationId, agentId));
      return shiftsOf(actor, agent, query.from, query.to, query.timeZone ?? agent.timeZone);
    },
  };
}

export type PublishedShiftService = ReturnType<typeof createPublishedShiftService>;
