import type { z } from "zod";
import type { ChangeSet, ChangeSetInput, ShiftChange } from "../domain/ledger/change-set";
import { composeChangeMessage } from "../domain/ledger/change-message";
import { fairWorkweekReport, type NoticeEntry } from "../domain/ledger/fair-workweek";
import { startOfChange } from "../domain/ledger/change-set";
import type { addChangeSetNote, getFairWorkweekReport, listScheduleChanges } from "../contracts/schedule-changes";
import { notFound } from "../errors/app-errors";
import type { Persistence, Repositories } from "../persistence/repositories";
import type { LedgerChangeRow } from "../persistence/repositories/schedule-ledger-repository";
import { presentChangeSets, changesCsv, fairWorkweekCsv, presentFairWorkweek } from "../presenters/ledger-presenter";
import { canSeeAgent } from "./agent-scope";
import type { Actor } from "./actor";

const actorName = (actor: Actor) => (actor.kind === "user" ? `user:${actor.userId}` : "system");
const isVendorManager = (actor: Actor) => actor.kind === "user" && actor.role === "vendor_manager";

/** Sends a change set's messages on their way (the durable job queue); see notification-queue.ts. */
export interface NotificationEnqueuer {
  enqueue(changeSetId: string, agentIds: string[]): Promise<void>;
}

/** A change set just written, with the agents whose own shifts it changed (each gets one message). */
export interface AppendedChangeSet {
  changeSet: ChangeSet;
  agentIds: string[];
}

const agentsOf = (changes: ShiftChange[]) => [...new Set(changes.map((change) => change.agentId))].sort();

/**
 * The change ledger of published schedules. `appendChangeSet(transaction, input)` is THE way every
 * path that changes a published schedule records it (publish, repair, absence, manual edit, …): in the
 * caller's transaction it appends the change set and its per-shift rows and writes one message per
 * affected agent (in their own zone, with the reason and note); after the commit the caller hands the
 * result to `announce`, which queues the e-mails. Should a process die between the two, the delivery
 * sweep (notification-queue.ts) finds the unsent messages and queues them itself.
 */
export function createScheduleLedgerService(
  persistence: Persistence,
  notificationQueue: NotificationEnqueuer | undefined,
) {
  const { repositories } = persistence;

  async function writeMessages(
    transaction: Repositories,
    changeSet: ChangeSet,
    changes: ShiftChange[],
  ): Promise<string[]> {
    const agentIds = agentsOf(changes);
    const schedule = await transaction.schedules.findById(changeSet.organisationId, changeSet.scheduleId);
    const recipients = await transaction.notifications.recipients(changeSet.organisationId, agentIds);
    const byAgent = new Map<string, ShiftChange[]>();
    for (const change of changes) byAgent.set(change.agentId, [...(byAgent.get(change.agentId) ?? []), change]);
    await transaction.notifications.insertMany(
      recipients.map((recipient) => {
        const message = composeChangeMessage({
          scheduleName: schedule?.name ?? "",
          kind: changeSet.kind,
          reasonCode: changeSet.reasonCode,
          note: changeSet.note,
          zone: recipient.zone,
          changes: byAgent.get(recipient.agentId) ?? [],
        });
        return {
          organisationId: changeSet.organisationId,
          agentId: recipient.agentId,
          changeSetId: changeSet.id,
          subject: message.subject,
          body: message.text,
          shifts: message.shifts,
          isEmailWanted: recipient.preferences.isEmail,
          isInApp: recipient.preferences.isInApp,
        };
      }),
    );
    return agentIds;
  }

  async function scheduleFor(actor: Actor, scheduleId: string) {
    const schedule = await repositories.schedules.findById(actor.organisationId, scheduleId);
    // A vendor manager reads only what was published, as with the schedule itself.
    if (!schedule || (isVendorManager(actor) && !schedule.publishedVersionId)) throw notFound("Schedule");
    return schedule;
  }

  async function visibleAgents(actor: Actor) {
    return new Map(
      (await repositories.agents.list(actor.organisationId, { currentOn: null }))
        .filter((agent) => canSeeAgent(actor, agent))
        .map((agent) => [agent.id, agent]),
    );
  }

  async function changesFor(actor: Actor, scheduleId: string, query: z.output<typeof listScheduleChanges.query>) {
    const schedule = await scheduleFor(actor, scheduleId);
    const agents = await visibleAgents(actor);
    const asked = query.agentId ? [query.agentId] : null;
    const agentIds = isVendorManager(actor)
      ? (asked ?? [...agents.keys()]).filter((id) => agents.has(id))
      : (asked ?? undefined);
    const changes = await repositories.scheduleLedger.listChanges(schedule.id, {
      changeSetId: query.changeSetId,
      agentIds: agentIds ?? undefined,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    const changeSets = await repositories.scheduleLedger.listChangeSets(schedule.id);
    return { schedule, agents, changes, changeSets };
  }

  const noticeEntries = (changes: LedgerChangeRow[], changeSets: ChangeSet[]): NoticeEntry[] => {
    const createdAt = new Map(changeSets.map((set) => [set.id, set.createdAt]));
    const posting = changeSets[0]?.id;
    return changes.map((change) => ({
      agentId: change.agentId,
      changedAtUtc: createdAt.get(change.changeSetId)!,
      shiftStartUtc: startOfChange(change),
      isPosting: change.changeSetId === posting,
    }));
  };

  async function fairWorkweek(actor: Actor, scheduleId: string, query: z.output<typeof getFairWorkweekReport.query>) {
    const { schedule, agents, changes, changeSets } = await changesFor(actor, scheduleId, {});
    const organisation = (await repositories.organisations.findById(actor.organisationId))!;
    const visible = isVendorManager(actor) ? changes.filter((change) => agents.has(change.agentId)) : changes;
    const rows = fairWorkweekReport(noticeEntries(visible, changeSets), organisation, {
      periodStartUtc: schedule.periodStartUtc,
      periodEndUtc: schedule.periodEndUtc,
      payPeriodDays: query.payPeriodDays,
    });
    return presentFairWorkweek(schedule.id, organisation, rows, agents);
  }

  return {
    async appendChangeSet(transaction: Repositories, input: ChangeSetInput): Promise<AppendedChangeSet> {
      const changeSet = await transaction.scheduleLedger.appendChangeSet(input);
      return { changeSet, agentIds: await writeMessages(transaction, changeSet, input.changes) };
    },

    /** After the change set's transaction committed: queue its e-mails (a no-op without a queue; the sweep then sends them). */
    async announce(appended: AppendedChangeSet): Promise<void> {
      if (notificationQueue && appended.agentIds.length > 0)
        await notificationQueue.enqueue(appended.changeSet.id, appended.agentIds);
    },

    async list(actor: Actor, scheduleId: string, query: z.output<typeof listScheduleChanges.query>) {
      const { schedule, agents, changes, changeSets } = await changesFor(actor, scheduleId, query);
      const versionNumbers = new Map(
        (await repositories.schedules.listVersions(schedule.id)).map((version) => [version.id, version.number]),
      );
      const isNarrowed = isVendorManager(actor) || Object.values(query).some((value) => value !== undefined);
      return presentChangeSets(schedule.id, changeSets, changes, agents, isNarrowed, versionNumbers);
    },

    async exportCsv(
      actor: Actor,
      scheduleId: string,
      query: z.output<typeof listScheduleChanges.query>,
    ): Promise<string> {
      const { changes, changeSets, agents } = await changesFor(actor, scheduleId, query);
      return changesCsv(changeSets, changes, agents);
    },

    fairWorkweek,

    async fairWorkweekCsv(
      actor: Actor,
      scheduleId: string,
      query: z.output<typeof getFairWorkweekReport.query>,
    ): Promise<string> {
      return fairWorkweekCsv(await fairWorkweek(actor, scheduleId, query));
    },

    /** A planner's note on a change set, appended (the change set itself is never rewritten). */
    async addNote(actor: Actor, scheduleId: string, changeSetId: string, body: z.output<typeof addChangeSetNote.body>) {
      const schedule = await scheduleFor(actor, scheduleId);
      const changeSets = await repositories.scheduleLedger.listChangeSets(schedule.id);
      if (!changeSets.some((set) => set.id === changeSetId)) throw notFound("Change set");
      await repositories.scheduleLedger.addNote(changeSetId, body.note, actorName(actor));
      const updated = (await repositories.scheduleLedger.listChangeSets(schedule.id)).find(
        (set) => set.id === changeSetId,
      )!;
      return { id: updated.id, notes: updated.notes };
    },
  };
}

export type ScheduleLedgerService = ReturnType<typeof createScheduleLedgerService>;
