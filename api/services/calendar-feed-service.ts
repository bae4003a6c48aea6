import ical, { ICalEventStatus } from "ical-generator";
import { formatInstantInZone } from "../domain/time/format-instant";
import { notFound } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import { hasAgentLeft } from "./auth/agent-tenure";
import { hashSecret, newSecret } from "../infrastructure/crypto/secret-token";
import { MS_PER_DAY, SECONDS_PER_HOUR } from "../domain/time/durations";

/** The window the feed shows: 4 weeks back to 12 weeks ahead (issue 6). */
const FEED_BACK_MS = 28 * MS_PER_DAY;
const FEED_AHEAD_MS = 84 * MS_PER_DAY;
/** Suggested poll interval (REFRESH-INTERVAL, RFC 7986 §5.7, and X-PUBLISHED-TTL); apps poll on their own clock. */
const REFRESH_SECONDS = SECONDS_PER_HOUR;
const UID_DOMAIN = "shiftcast";

export const calendarPath = (token: string) => `/api/calendar/${token}.ics`;

/**
 * An agent's secret iCal feed: published shifts and breaks as UTC instants (no floating or
 * zone-bound times to misread), stable UIDs from the shift key, SEQUENCE raised on each change.
 */
export function createCalendarFeedService(persistence: Persistence, clock: () => Date) {
  const { repositories } = persistence;

  async function ownAgentId(actor: Actor): Promise<string> {
    const agentId = actor.kind === "user" ? actor.agentId : null;
    const agent = agentId ? await repositories.agents.findById(actor.organisationId, agentId) : null;
    if (!agent) throw notFound("Agent");
    return agent.id;
  }

  const stateOf = (feed: { createdAt: string; lastFetchedAt: string | null } | null) => ({
    isActive: feed !== null,
    createdAt: feed?.createdAt ?? null,
    lastFetchedAt: feed?.lastFetchedAt ?? null,
  });

  return {
    async state(actor: Actor) {
      return stateOf(await repositories.calendarFeeds.findByAgent(actor.organisationId, await ownAgentId(actor)));
    },
    /** A new secret URL; the previous one stops working. The token is returned once and only its hash stored. */
    async rotate(actor: Actor, origin: string) {
      const token = newSecret("cal_");
      const feed = await repositories.calendarFeeds.replace(
        actor.organisationId,
        await ownAgentId(actor),
        hashSecret(token),
      );
      return { ...stateOf(feed), path: calendarPath(token), url: `${origin}${calendarPath(token)}` };
    },
    async revoke(actor: Actor) {
      await repositories.calendarFeeds.revoke(actor.organisationId, await ownAgentId(actor));
      return stateOf(null);
    },
    /** The feed's iCalendar text, or 404 for an unknown or revoked token. */
    async render(token: string): Promise<string> {
      const feed = await repositories.calendarFeeds.findByTokenHash(hashSecret(token));
      const agent = feed ? await repositories.agents.findById(feed.organisationId, feed.agentId) : null;
      const now = clock();
      if (!feed || !agent || (await hasAgentLeft(repositories, feed.organisationId, agent.id, now)))
        throw notFound("Calendar");
      await repositories.calendarFeeds.touch(feed.id, now);
      const rows = await repositories.schedules.listPublishedShifts(
        feed.organisationId,
        [agent.id],
        new Date(now.getTime() - FEED_BACK_MS),
        new Date(now.getTime() + FEED_AHEAD_MS),
      );
      const queueName = new Map(
        (await repositories.queues.list(feed.organisationId)).map((queue) => [queue.id, queue.name]),
      );
      const calendar = ical({
        name: `Shiftcast – ${agent.name}`,
        description: `Published shifts of ${agent.name}`,
        ttl: REFRESH_SECONDS,
        prodId: { company: "Shiftcast", product: "schedule" },
      });
      for (const row of rows) {
        const queues = row.queueIds.map((id) => queueName.get(id) ?? id).join(", ");
        const local = (iso: string) => formatInstantInZone(Date.parse(iso), agent.timeZone).slice(11, 16);
        const breakLines = row.breaks.map(
          (item) => `${item.kind} ${local(item.startUtc)}–${local(item.endUtc)} (${agent.timeZone})`,
        );
        calendar.createEvent({
          id: `${row.shiftKey}@${UID_DOMAIN}`,
          sequence: row.sequence,
          stamp: new Date(row.publishedAt),
          start: new Date(row.startUtc),
          end: new Date(row.endUtc),
          summary: `Shift: ${queues}`,
          description: [`${row.scheduleName}, version ${row.versionNumber}`, ...breakLines].join("\n"),
        });
        row.breaks.forEach((item, index) =>
          calendar.createEvent({
            id: `${row.shiftKey}-break-${index}@${UID_DOMAIN}`,
            sequence: row.sequence,
            stamp: new Date(row.publishedAt),
            start: new Date(item.startUtc),
            end: new Date(item.endUtc),
            summary: item.kind === "lunch" ? "Lunch" : "Break",
          }),
        );
      }
      // A shift a change removed is sent as CANCELLED under its UID with a higher SEQUENCE (RFC 5545
      // §3.8.1.11), so Google and Outlook drop the event they hold instead of keeping a stale one.
      const cancelled = await repositories.scheduleLedger.listCancelledShifts(
        feed.organisationId,
        agent.id,
        new Date(now.getTime() - FEED_BACK_MS),
        new Date(now.getTime() + FEED_AHEAD_MS),
      );
      for (const shift of cancelled) {
        calendar.createEvent({
          id: `${shift.shiftKey}@${UID_DOMAIN}`,
          sequence: shift.before.sequence + 1,
          stamp: new Date(shift.cancelledAt),
          start: new Date(shift.before.startUtc),
          end: new Date(shift.before.endUtc),
          summary: "Cancelled shift",
          status: ICalEventStatus.CANCELLED,
        });
        shift.before.breaks.forEach((item, index) =>
          calendar.createEvent({
            id: `${shift.shiftKey}-break-${index}@${UID_DOMAIN}`,
            sequence: shift.before.sequence + 1,
            stamp: new Date(shift.cancelledAt),
            start: new Date(item.startUtc),
            end: new Date(item.endUtc),
            summary: item.kind === "lunch" ? "Lunch" : "Break",
            status: ICalEventStatus.CANCELLED,
          }),
        );
      }
      return calendar.toString();
    },
  };
}

export type CalendarFeedService = ReturnType<typeof createCalendarFeedService>;
