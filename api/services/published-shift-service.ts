import type { z } from "zod";
import type { Agent } from "../domain/organisation/agent";
import { formatInstantInZone } from "../domain/time/format-instant";
import type { getMyShifts } from "../contracts/schedules";
import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { PublishedShiftRow } from "../persistence/repositories/schedule-repository";
import { assertCanSeeAgent } from "./agent-scope";
import type { Actor } from "./actor";
import type { PublishedViews } from "../infrastructure/cache/published-views";

type ShiftsQuery = z.output<typeof getMyShifts.query>;

/**
 * What agents see: the shifts of each schedule's published version (never a draft), as UTC
 * instants and as wall-clock times with the offset in force in the reader's zone.
 */
export function createPublishedShiftService(persistence: Persistence, publishedViews: PublishedViews) {
  const { repositories } = persistence;

  async function queueNames(actor: Actor): Promise<Map<string, string>> {
    return new Map((await repositories.queues.list(actor.organisationId)).map((queue) => [queue.id, queue.name]));
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
    const rows = await repositories.schedules.listPublishedShifts(
      actor.organisationId,
      [agent.id],
      new Date(from),
      new Date(to),
    );
    return {
      agentId: agent.id,
      timeZone: zone,
      agentTimeZone: agent.timeZone,
      shifts: rows.map(presentRow(await queueNames(actor), zone)),
    };
  }

  return {
    /** The signed-in person's own agent record's published shifts; 404 when the account is no agent. */
    async mine(actor: Actor, query: ShiftsQuery) {
      if (actor.kind !== "user" || !actor.agentId) throw notFound("Agent");
      const { organisationId, agentId, userId } = actor;
      // Every agent's page and calendar app polls this: one load per reader and range per cache window.
      return publishedViews.remember(
        `mine|${organisationId}|${agentId}|${userId}|${query.from}|${query.to}|${query.timeZone ?? ""}`,
        async () => {
          const zones = await repositories.agents.findZones(organisationId, agentId, userId);
          if (!zones) throw notFound("Agent");
          return shiftsOf(
            actor,
            { id: agentId, timeZone: zones.agentTimeZone },
            query.from,
            query.to,
            query.timeZone ?? zones.displayTimeZone ?? zones.agentTimeZone,
          );
        },
      );
    },
    /** One agent's published shifts, scoped like the agent record itself (others answer 404). */
    async ofAgent(actor: Actor, agentId: string, query: ShiftsQuery) {
      const agent = assertCanSeeAgent(actor, await repositories.agents.findById(actor.organisationId, agentId));
      return shiftsOf(actor, agent, query.from, query.to, query.timeZone ?? agent.timeZone);
    },
  };
}

export type PublishedShiftService = ReturnType<typeof createPublishedShiftService>;
