import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { erlangCServiceLevel } from "../domain/roster/model/erlang-service-level";
import type { MilpSolver } from "../domain/roster/milp/solver-port";
import { repairRoster } from "../domain/roster/strategies/repair-roster";
import type { Schedule, ScheduleShift } from "../domain/schedule/schedule";
import type { ScheduleEvent } from "../domain/schedule/schedule-event";
import { matchShifts } from "../domain/schedule/shift-keys";
import { localDayInterval } from "../domain/time/local-day";
import type { RepairResultDto } from "../contracts/repair";
import type { recordAbsence, repairSchedule, ScheduleEventDto } from "../contracts/schedule-events";
import { conflict, notFound, validationFailed } from "../errors/app-errors";
import type { PublishedViews } from "../infrastructure/cache/published-views";
import type { Persistence, Repositories } from "../persistence/repositories";
import { presentRepairResult } from "../presenters/repair-presenter";
import { presentVersion } from "../presenters/schedule-presenter";
import type { Actor } from "./actor";
import { publishVersionIn } from "./publish-version";
import { repairProblemOf } from "./repair-problem-builder";
import type { ScheduleLedgerService } from "./schedule-ledger-service";
import { repairPricingOf, type OrganisationRepairSettings } from "./schedule-repair-settings";
import { actorName } from "./schedule-service";

type RosteredShift = RepairResultDto["solution"]["shifts"][number];
type ShiftChangeDto = RepairResultDto["changes"][number];

const overlaps = (a: { startUtc: string | null; endUtc: string | null }, startMs: number, endMs: number) =>
  Date.parse(a.startUtc!) < endMs && startMs < Date.parse(a.endUtc!);

/**
 * After publish (issue 14): absences recorded on the published version, minimal-change repairs
 * proposed from them, and a proposal accepted as a new published version. Each write is one
 * transaction holding the schedule's row lock, the place where the change ledger's append joins.
 */
export function createScheduleRepairService(
  persistence: Persistence,
  publishedViews: PublishedViews,
  ledger: ScheduleLedgerService,
  solver: MilpSolver,
  clock: () => Date,
) {
  const { repositories } = persistence;

  async function versionNumbers(transaction: Repositories, scheduleId: string): Promise<Map<string, number>> {
    return new Map(
      (await transaction.schedules.listVersions(scheduleId)).map((version) => [version.id, version.number]),
    );
  }

  const presentEvent = (event: ScheduleEvent, numbers: Map<string, number>): ScheduleEventDto => ({
    id: event.id,
    kind: event.kind,
    versionNumber: numbers.get(event.versionId)!,
    agentId: event.agentId,
    startUtc: event.startUtc,
    endUtc: event.endUtc,
    reasonCode: event.reasonCode,
    note: event.note,
    createdBy: event.createdBy,
    createdAt: event.createdAt,
  });

  async function publishedSchedule(
    transaction: Repositories,
    actor: Actor,
    scheduleId: string,
    isLocked: boolean,
  ): Promise<Schedule & { publishedVersionId: string }> {
    const schedule = isLocked
      ? await transaction.schedules.findForUpdate(actor.organisationId, scheduleId)
      : await transaction.schedules.findById(actor.organisationId, scheduleId);
    if (!schedule) throw notFound("Schedule");
    if (!schedule.publishedVersionId) throw conflict("The schedule has no published version: publish it first");
    return schedule as Schedule & { publishedVersionId: string };
  }

  /** The organisation's notice window and premium (organisations.notice_window_days, predictability_premium_minutes). */
  async function organisationRepairSettings(actor: Actor): Promise<OrganisationRepairSettings> {
    const organisation = await repositories.organisations.findById(actor.organisationId);
    if (!organisation) throw notFound("Organisation");
    return {
      noticeWindowDays: organisation.noticeWindowDays,
      predictabilityPremiumMinutes: organisation.predictabilityPremiumMinutes,
    };
  }

  /** The proposed shifts with the offers taken out: an added offer is not added, a grown one keeps its published form. */
  function imposedShifts(proposed: RosteredShift[], offers: ShiftChangeDto[], published: ScheduleShift[]) {
    const isOfferedAfter = (shift: RosteredShift) =>
      offers.some(
        (offer) =>
          offer.after &&
          offer.agentId === shift.agentId &&
          Date.parse(offer.after.startUtc) === Date.parse(shift.startUtc),
      );
    // A shift the repair left where it was keeps its published queues and breaks (the repair re-places breaks by rule).
    const publishedAs = (shift: RosteredShift) =>
      published.find(
        (other) =>
          other.agentId === shift.agentId &&
          Date.parse(other.startUtc) === Date.parse(shift.startUtc) &&
          Date.parse(other.endUtc) === Date.parse(shift.endUtc),
      );
    const kept = proposed
      .filter((shift) => !isOfferedAfter(shift))
      .map((shift) => {
        const same = publishedAs(shift);
        return {
          agentId: shift.agentId,
          queueIds: same?.queueIds ?? shift.queueIds,
          startUtc: shift.startUtc,
          endUtc: shift.endUtc,
          breaks: same?.breaks ?? shift.breaks,
        };
      });
    const restored = offers.flatMap((offer) => {
      const before =
        offer.before &&
        published.find(
          (shift) =>
            shift.agentId === offer.agentId && Date.parse(shift.startUtc) === Date.parse(offer.before!.startUtc),
        );
      return before
        ? [
            {
              agentId: before.agentId,
              queueIds: before.queueIds,
              startUtc: before.startUtc,
              endUtc: before.endUtc,
              breaks: before.breaks,
            },
          ]
        : [];
    });
    return [...kept, ...restored].sort(
      (a, b) => a.startUtc.localeCompare(b.startUtc) || a.agentId.localeCompare(b.agentId),
    );
  }

  return {
    /**
     * Records an absence on the published version. Refused, writing nothing, for an agent the
     * organisation does not have (body.agentId), a span that does not touch the schedule's period
     * (body.localDate or body.startUtc), or one overlapping an absence already recorded for the agent.
     */
    async recordAbsence(
      actor: Actor,
      scheduleId: string,
      body: z.output<typeof recordAbsence.body>,
    ): Promise<ScheduleEventDto> {
      return persistence.inTransaction(async (transaction) => {
        const schedule = await publishedSchedule(transaction, actor, scheduleId, true);
        const agent = await transaction.agents.findById(actor.organisationId, body.agentId);
        if (!agent) throw validationFailed([{ path: "body.agentId", message: "is not an agent of this organisation" }]);
        const field = body.localDate !== undefined ? "body.localDate" : "body.startUtc";
        const day = body.localDate !== undefined ? localDayInterval(body.localDate, agent.timeZone) : null;
        const startMs = day ? day.startUtcMs : Date.parse(body.startUtc!);
        const endMs = day ? day.endUtcMs : Date.parse(body.endUtc!);
        if (!(startMs < Date.parse(schedule.periodEndUtc) && Date.parse(schedule.periodStartUtc) < endMs)) {
          throw validationFailed([
            {
              path: field,
              message: `lies outside the schedule's period ${schedule.periodStartUtc} – ${schedule.periodEndUtc}`,
            },
          ]);
        }
        const recorded = await transaction.scheduleEvents.list(scheduleId, ["absence"]);
        const clash = recorded.find((event) => event.agentId === agent.id && overlaps(event, startMs, endMs));
        if (clash)
          throw conflict(`${field} overlaps the absence already recorded from ${clash.startUtc} to ${clash.endUtc}`, [
            { path: field, eventId: clash.id },
          ]);
        const event = await transaction.scheduleEvents.create({
          scheduleId,
          versionId: schedule.publishedVersionId,
          kind: "absence",
          agentId: agent.id,
          startUtc: new Date(startMs).toISOString(),
          endUtc: new Date(endMs).toISOString(),
          reasonCode: body.reasonCode,
          note: body.note ?? null,
          details: null,
          createdBy: actorName(actor),
        });
        // An absence changes no shift (the published roster stands until a repair is accepted), but it is a change set of its own in the ledger.
        await ledger.appendChangeSet(transaction, {
          organisationId: actor.organisationId,
          scheduleId,
          versionId: null,
          kind: "absence",
          reasonCode: body.reasonCode,
          note: body.note ?? null,
          createdBy: actorName(actor),
          changes: [],
        });
        return presentEvent(event, await versionNumbers(transaction, scheduleId));
      });
    },

    async listEvents(actor: Actor, scheduleId: string): Promise<{ events: ScheduleEventDto[] }> {
      const schedule = await repositories.schedules.findById(actor.organisationId, scheduleId);
      if (!schedule) throw notFound("Schedule");
      const numbers = await versionNumbers(repositories, scheduleId);
      return {
        events: (await repositories.scheduleEvents.list(scheduleId)).map((event) => presentEvent(event, numbers)),
      };
    },

    /**
     * Proposes a repair of the published roster (synchronous: bounded by its two time limits, at
     * most a minute, and the planner waits for the answer before accepting it). Stored as an event,
     * so accepting it later publishes exactly what was shown.
     */
    async propose(actor: Actor, scheduleId: string, body: z.output<typeof repairSchedule.body>) {
      const schedule = await publishedSchedule(repositories, actor, scheduleId, false);
      const published = await repositories.schedules.listShifts(schedule.publishedVersionId);
      const problem = await repairProblemOf(repositories, actor, schedule, published);
      const known = new Set(problem.agents.map((agent) => agent.id));
      const cutoffUtc = new Date(
        Math.max(Date.parse(body.cutoffUtc ?? clock().toISOString()), Date.parse(schedule.periodStartUtc)),
      ).toISOString();
      const settings = {
        cutoffUtc,
        isEmergency: body.isEmergency,
        ...repairPricingOf(await organisationRepairSettings(actor)),
      };
      const result = await repairRoster(
        { problem, baseline: published.filter((shift) => known.has(shift.agentId)), settings },
        { timeLimitSeconds: body.timeLimitSeconds, fromScratchTimeLimitSeconds: body.fromScratchTimeLimitSeconds },
        { solver, clockMs: () => performance.now(), estimateServiceLevel: erlangCServiceLevel },
      );
      const presented = presentRepairResult(result);
      const proposal = await repositories.scheduleEvents.create({
        scheduleId,
        versionId: schedule.publishedVersionId,
        kind: "repair_proposed",
        agentId: null,
        startUtc: null,
        endUtc: null,
        reasonCode: null,
        note: null,
        details: { isEmergency: body.isEmergency, result: presented },
        createdBy: actorName(actor),
      });
      const numbers = await versionNumbers(repositories, scheduleId);
      return { ...presented, proposalId: proposal.id, baseVersionNumber: numbers.get(schedule.publishedVersionId)! };
    },

    /**
     * Publishes a proposal as a new version through the publish path, in one transaction under the
     * schedule's lock. Refused (409) when the published version is no longer the one proposed from,
     * or the proposal was accepted already.
     */
    async accept(actor: Actor, scheduleId: string, proposalId: string) {
      const accepted = await persistence.inTransaction(async (transaction) => {
        const schedule = await publishedSchedule(transaction, actor, scheduleId, true);
        const proposal = await transaction.scheduleEvents.findById(scheduleId, proposalId);
        if (!proposal || proposal.kind !== "repair_proposed") throw notFound("Repair proposal");
        const acceptances = await transaction.scheduleEvents.list(scheduleId, ["repair_accepted"]);
        if (acceptances.some((event) => (event.details as { proposalId: string }).proposalId === proposalId))
          throw conflict("This repair was accepted already");
        if (proposal.versionId !== schedule.publishedVersionId)
          throw conflict("The published version changed since this repair was proposed: propose it again");
        const { isEmergency, result } = proposal.details as { isEmergency: boolean; result: RepairResultDto };
        const pendingOffers = isEmergency ? [] : result.changes.filter((change) => change.isOffer);
        const previous = await transaction.schedules.listShifts(schedule.publishedVersionId);
        const shifts = imposedShifts(result.solution.shifts, pendingOffers, previous);
        const matched = matchShifts(previous, shifts);
        const version = await transaction.schedules.createVersion(scheduleId, {
          source: "manual",
          solveJobId: null,
          solveSummary: null,
          createdBy: actorName(actor),
        });
        await transaction.schedules.insertShifts(
          version.id,
          shifts.map((shift, index) => {
            const continued = matched[index] === null ? null : previous[matched[index]!]!;
            return { ...shift, shiftKey: continued?.shiftKey ?? randomUUID(), sequence: continued?.sequence ?? 0 };
          }),
        );
        const published = await publishVersionIn(transaction, ledger, schedule, version.number, {
          kind: "repair",
          organisationId: actor.organisationId,
          publishedBy: actorName(actor),
          now: clock(),
          reasonCode: isEmergency ? "emergency" : null,
          note: null,
        });
        await transaction.scheduleEvents.create({
          scheduleId,
          versionId: version.id,
          kind: "repair_accepted",
          agentId: null,
          startUtc: null,
          endUtc: null,
          reasonCode: null,
          note: null,
          details: { proposalId, pendingOffers },
          createdBy: actorName(actor),
        });
        return {
          version: presentVersion(published.version, published.schedule),
          pendingOffers,
          appended: published.appended,
        };
      });
      publishedViews.clear();
      await ledger.announce(accepted.appended);
      return { version: accepted.version, pendingOffers: accepted.pendingOffers };
    },
  };
}

export type ScheduleRepairService = ReturnType<typeof createScheduleRepairService>;
