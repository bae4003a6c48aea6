import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Agent } from "../domain/organisation/agent";
import { erlangCServiceLevel } from "../domain/roster/model/erlang-service-level";
import type { RosterSolution } from "../domain/roster/model/solution";
import { coverageOf } from "../domain/schedule/coverage";
import type { Schedule, ScheduleShift, ScheduleVersion, ShiftDraft, SolveSummary } from "../domain/schedule/schedule";
import { matchShifts } from "../domain/schedule/shift-keys";
import { ruleWarnings, structuralProblems, type RuleFinding } from "../domain/schedule/shift-rules";
import type { createSchedule, getScheduleRoster, shiftInput, solveSchedule } from "../contracts/schedules";
import { AppError } from "../errors/app-error";
import { conflict, notFound, versionConflict } from "../errors/app-errors";
import type { Persistence, Repositories } from "../persistence/repositories";
import { canSeeAgent } from "./agent-scope";
import type { Actor } from "./actor";
import type { RequirementsService } from "./requirements-service";
import { intervalMinutesOf, scheduleQueuesOf } from "../domain/roster/model/assemble-problem";
import { buildRosterProblem, loadQueues, requirementsIfForecast } from "./roster-problem-builder";
import {
  narrowScheduleForPartner,
  presentCoverage,
  presentVersion,
  type ShiftPresenter,
  shiftPresenter,
  versionsCsv,
} from "../presenters/schedule-presenter";
import type { PublishedViews } from "../infrastructure/cache/published-views";
import type { SolveJobService } from "./solve-job-service";
import type { ScheduleLedgerService } from "./schedule-ledger-service";
import { MS_PER_WEEK } from "../domain/time/durations";
import { publishVersionIn } from "./publish-version";

export const actorName = (actor: Actor) => (actor.kind === "user" ? `user:${actor.userId}` : "system");
const isVendorManager = (actor: Actor) => actor.kind === "user" && actor.role === "vendor_manager";
const ruleViolated = (findings: RuleFinding[]) =>
  new AppError(
    "rule_violated",
    `The shift cannot be saved: ${findings.map((item) => item.message).join("; ")}`,
    findings,
  );

/** The revision an edit of a draft shift was made from (If-Match), or "any" for an explicit overwrite (`If-Match: *`). */
export type ExpectedRevision = number | "any";

const draftOnly = () => conflict("Only a draft version can be edited; make a new draft from it");

function assertRevision(shift: ScheduleShift, expected: ExpectedRevision): void {
  if (expected !== "any" && expected !== shift.revision) throw versionConflict("The shift", shift.revision);
}

const summaryOf = (solution: RosterSolution): SolveSummary => ({
  status: solution.status,
  objectiveTotal: solution.objective.total,
  lowerBound: solution.lowerBound,
  absoluteGap: solution.absoluteGap,
  relativeGap: solution.relativeGap,
  solveSeconds: solution.solveSeconds,
  isUnderstaffed: solution.isUnderstaffed,
  uncoveredIntervals: solution.uncovered.length,
});

/**
 * Schedules: solve or create, read a week with coverage, edit drafts with rule warnings, publish
 * with a recorded difference, export. A finished solve becomes a draft the first time its schedule
 * is read after it ends (its job row and the pending `schedule_solves` row are both in the
 * database, so a restart loses nothing, and the row lock makes the draft appear once).
 */
export function createScheduleService(
  persistence: Persistence,
  requirements: RequirementsService,
  solveJobs: SolveJobService,
  publishedViews: PublishedViews,
  ledger: ScheduleLedgerService,
  clock: () => Date,
) {
  const { repositories } = persistence;

  /** A week of a version: its shifts with breaks and, for planners, coverage against the stored requirements. */
  async function presentWeek(
    actor: Actor,
    schedule: Schedule,
    version: ScheduleVersion,
    range: { from: Date; to: Date },
    isScoped: boolean,
  ) {
    const agents = await agentsById(actor);
    const visible = isScoped
      ? [...agents.values()].filter((agent) => canSeeAgent(actor, agent)).map((agent) => agent.id)
      : undefined;
    const shifts = await repositories.schedules.listShifts(version.id, range, visible);
    const inRange = schedule.requirements.filter(
      (item) => item.intervalStartUtc >= range.from.toISOString() && item.intervalStartUtc < range.to.toISOString(),
    );
    return {
      scheduleId: schedule.id,
      versionNumber: version.number,
      status: version.status,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      intervalMinutes: schedule.intervalMinutes,
      shifts: shifts.map(shiftPresenter(agents)),
      coverage: isScoped
        ? null
        : presentCoverage(coverageOf(inRange, schedule.queues, schedule.intervalMinutes, shifts, erlangCServiceLevel)),
    };
  }

  async function agentsById(actor: Actor): Promise<Map<string, Agent>> {
    return new Map(
      (await repositories.agents.list(actor.organisationId, { currentOn: null })).map((agent) => [agent.id, agent]),
    );
  }

  async function scheduleOf(actor: Actor, id: string): Promise<Schedule> {
    const schedule = await repositories.schedules.findById(actor.organisationId, id);
    if (!schedule) throw notFound("Schedule");
    return schedule;
  }

  async function materialise(actor: Actor, scheduleId: string, jobId: string): Promise<void> {
    const job = await repositories.solveJobs.findById(actor.organisationId, jobId);
    if (!job || job.status === "queued" || job.status === "running") return;
    const solution = job.result as RosterSolution | null;
    await persistence.inTransaction(async (transaction) => {
      if (!(await transaction.schedules.lockUnsettledSolve(jobId))) return;
      if (!solution?.shifts) return transaction.schedules.settleSolve(jobId, null);
      await transaction.schedules.lock(scheduleId);
      const schedule = (await transaction.schedules.findById(actor.organisationId, scheduleId))!;
      const previous = schedule.publishedVersionId
        ? await transaction.schedules.listShifts(schedule.publishedVersionId)
        : [];
      const matched = matchShifts(previous, solution.shifts);
      const version = await transaction.schedules.createVersion(scheduleId, {
        source: "solve",
        solveJobId: jobId,
        solveSummary: summaryOf(solution),
        createdBy: job.createdBy,
      });
      await transaction.schedules.insertShifts(
        version.id,
        solution.shifts.map((shift, index) => {
          const continued = matched[index] === null ? null : previous[matched[index]!]!;
          return {
            shiftKey: continued?.shiftKey ?? randomUUID(),
            agentId: shift.agentId,
            queueIds: shift.queueIds,
            startUtc: shift.startUtc,
            endUtc: shift.endUtc,
            breaks: shift.breaks,
            sequence: continued?.sequence ?? 0,
          };
        }),
      );
      await transaction.schedules.settleSolve(jobId, version.id);
    });
  }

  async function detail(actor: Actor, schedule: Schedule) {
    const solves = await repositories.schedules.listSolves(schedule.id);
    for (const solve of solves.filter((item) => !item.isSettled))
      await materialise(actor, schedule.id, solve.solveJobId);
    const versions = await repositories.schedules.listVersions(schedule.id);
    const numberOf = new Map(versions.map((version) => [version.id, version.number]));
    const settled = await repositories.schedules.listSolves(schedule.id);
    const jobs = await Promise.all(
      settled.map((solve) => repositories.solveJobs.findById(actor.organisationId, solve.solveJobId)),
    );
    const withRequirements = new Set(schedule.requirements.map((item) => item.queueId));
    return {
      ...presentSummary(schedule, versions),
      versions: versions.map((version) => presentVersion(version, schedule)),
      solves: settled.map((solve, index) => ({
        jobId: solve.solveJobId,
        status: jobs[index]!.status,
        versionNumber: solve.versionId ? (numberOf.get(solve.versionId) ?? null) : null,
      })),
      queuesWithoutRequirements: schedule.queueIds.filter((queueId) => !withRequirements.has(queueId)),
    };
  }

  function presentSummary(schedule: Schedule, versions: ScheduleVersion[]) {
    return {
      id: schedule.id,
      name: schedule.name,
      periodStartUtc: schedule.periodStartUtc,
      periodEndUtc: schedule.periodEndUtc,
      queues: schedule.queues,
      intervalMinutes: schedule.intervalMinutes,
      publishedVersionNumber: versions.find((version) => version.id === schedule.publishedVersionId)?.number ?? null,
      createdAt: schedule.createdAt,
    };
  }

  async function versionOf(schedule: Schedule, selector: "latest" | "published" | number): Promise<ScheduleVersion> {
    const versions = await repositories.schedules.listVersions(schedule.id);
    const version =
      selector === "published"
        ? versions.find((item) => item.id === schedule.publishedVersionId)
        : selector === "latest"
          ? versions.at(-1)
          : versions.find((item) => item.number === selector);
    if (!version) throw notFound("Schedule version");
    return version;
  }

  /**
   * Runs one draft write or a publish holding the schedule's row lock (SELECT … FOR UPDATE) until
   * its transaction ends, reading the draft only after taking it. Writes to one schedule are then
   * serialised: two adds cannot both pass the overlap check, an edit cannot overwrite another one it
   * did not see (the revision is compared under the lock), and a publish records the difference of
   * exactly the shifts it publishes (an edit after it finds the version published). Everything
   * inside reads through `transaction`: a second pool connection per locked request could starve
   * the pool while the lock's waiters hold the rest.
   */
  function underScheduleLock<T>(
    actor: Actor,
    scheduleId: string,
    work: (transaction: Repositories, schedule: Schedule) => Promise<T>,
  ): Promise<T> {
    return persistence.inTransaction(async (transaction) => {
      const schedule = await transaction.schedules.findForUpdate(actor.organisationId, scheduleId);
      if (!schedule) throw notFound("Schedule");
      return work(transaction, schedule);
    });
  }

  async function draftIn(transaction: Repositories, schedule: Schedule, number: number): Promise<ScheduleVersion> {
    const version = await transaction.schedules.findVersion(schedule.id, number);
    if (!version) throw notFound("Schedule version");
    if (version.status !== "draft") throw draftOnly();
    return version;
  }

  /** The shift and its version, when the shift belongs to this schedule and its version is a draft. */
  async function draftShiftIn(
    transaction: Repositories,
    schedule: Schedule,
    shiftId: string,
  ): Promise<{ shift: ScheduleShift; version: ScheduleVersion }> {
    const shift = await transaction.schedules.findShift(shiftId);
    const version = shift ? await transaction.schedules.findVersionById(shift.versionId) : null;
    if (!shift || !version || version.scheduleId !== schedule.id) throw notFound("Shift");
    if (version.status !== "draft") throw draftOnly();
    return { shift, version };
  }

  /** Structural problems reject the edit (422); the optimiser's hard rules come back as warnings. */
  async function checkShift(
    actor: Actor,
    transaction: Repositories,
    schedule: Schedule,
    versionId: string,
    shift: ShiftDraft,
    excludeShiftId: string | null,
  ): Promise<RuleFinding[]> {
    const agent = await transaction.agents.findById(actor.organisationId, shift.agentId);
    if (!agent) throw notFound("Agent");
    const others = (await transaction.schedules.listShifts(versionId, undefined, [shift.agentId])).filter(
      (other) => other.id !== excludeShiftId,
    );
    const timeOff = await transaction.timeOff.listApprovedOverlapping(
      actor.organisationId,
      new Date(Date.parse(shift.startUtc) - MS_PER_WEEK),
      new Date(Date.parse(shift.endUtc) + MS_PER_WEEK),
    );
    const context = {
      periodStartUtc: schedule.periodStartUtc,
      periodEndUtc: schedule.periodEndUtc,
      scheduleQueueIds: schedule.queueIds,
      minRestMinutes: schedule.rules.minRestMinutes,
      otherShifts: others,
      timeOff: timeOff.filter((off) => off.agentId === agent.id),
    };
    const problems = structuralProblems(shift, context);
    if (problems.length > 0) throw ruleViolated(problems);
    return ruleWarnings(shift, agent, context);
  }

  async function presenter(actor: Actor): Promise<ShiftPresenter> {
    return shiftPresenter(await agentsById(actor));
  }

  async function createDetailed(actor: Actor, body: z.output<typeof createSchedule.body>, transaction: Repositories) {
    const queues = await loadQueues(persistence, actor, body.queueIds);
    const intervalMinutes = intervalMinutesOf(queues);
    const needed = await Promise.all(
      queues.map((queue) => requirementsIfForecast(requirements, actor, queue, body, intervalMinutes)),
    );
    const schedule = await transaction.schedules.create(actor.organisationId, {
      name: body.name ?? `${queues.map((queue) => queue.name).join(", ")} from ${body.periodStart.slice(0, 10)}`,
      periodStartUtc: body.periodStart,
      periodEndUtc: body.periodEnd,
      queueIds: body.queueIds,
      intervalMinutes,
      queues: scheduleQueuesOf(queues),
      requirements: needed.flatMap((item) => item?.requirements ?? []),
      rules: { minRestMinutes: body.minRestMinutes },
      createdBy: actorName(actor),
    });
    return { schedule, warnings: needed.flatMap((item) => item?.warnings ?? []) };
  }

  return {
    async solve(actor: Actor, body: z.output<typeof solveSchedule.body>) {
      const built = await buildRosterProblem(persistence, requirements, actor, body);
      const job = await solveJobs.submit(actor, "roster", built.problem, {
        timeLimitSeconds: body.options.timeLimitSeconds,
        relativeGap: body.options.relativeGap,
      });
      const schedule = await persistence.inTransaction(async (transaction) => {
        const created = await transaction.schedules.create(actor.organisationId, {
          name:
            body.name ?? `${built.queues.map((queue) => queue.name).join(", ")} from ${body.periodStart.slice(0, 10)}`,
          periodStartUtc: built.problem.periodStartUtc,
          periodEndUtc: built.problem.periodEndUtc,
          queueIds: body.queueIds,
          intervalMinutes: built.problem.intervalMinutes,
          queues: scheduleQueuesOf(built.queues),
          requirements: built.requirements,
          rules: { minRestMinutes: built.problem.rules.minRestMinutes },
          createdBy: actorName(actor),
        });
        await transaction.schedules.recordSolve(created.id, job.id);
        return created;
      });
      return { jobId: job.id, scheduleId: schedule.id, warnings: built.warnings };
    },

    /** The new schedule, with the warnings of staffing it (spans of the period no stored forecast covers). */
    async create(actor: Actor, body: z.output<typeof createSchedule.body>) {
      const { schedule, warnings } = await persistence.inTransaction(async (transaction) => {
        const created = await createDetailed(actor, body, transaction);
        await transaction.schedules.createVersion(created.schedule.id, {
          source: "manual",
          solveJobId: null,
          solveSummary: null,
          createdBy: actorName(actor),
        });
        return created;
      });
      return { ...(await detail(actor, schedule)), warnings };
    },

    async list(actor: Actor) {
      const schedules = await repositories.schedules.list(actor.organisationId);
      const summaries = await Promise.all(
        schedules.map(async (schedule) =>
          presentSummary(schedule, await repositories.schedules.listVersions(schedule.id)),
        ),
      );
      return isVendorManager(actor)
        ? summaries.filter((summary) => summary.publishedVersionNumber !== null)
        : summaries;
    },

    async get(actor: Actor, id: string) {
      const detailed = await detail(actor, await scheduleOf(actor, id));
      return isVendorManager(actor) ? narrowScheduleForPartner(actor, detailed, await agentsById(actor)) : detailed;
    },

    async roster(actor: Actor, id: string, query: z.output<typeof getScheduleRoster.query>) {
      const isScoped = isVendorManager(actor);
      const week = async () => {
        const schedule = await scheduleOf(actor, id);
        if (isScoped && !schedule.publishedVersionId) throw notFound("Schedule");
        // Reading the schedule turns finished solves into drafts; only a read that may show a draft needs that.
        if (!isScoped && query.version !== "published") await detail(actor, schedule);
        const version = await versionOf(schedule, isScoped ? "published" : query.version);
        const range = {
          from: new Date(query.from ?? schedule.periodStartUtc),
          to: new Date(query.to ?? schedule.periodEndUtc),
        };
        return presentWeek(actor, schedule, version, range, isScoped);
      };
      if (!isScoped && query.version !== "published") return week();
      // The published week is shared until a publish (or an agent or queue change) clears the views.
      const audience = isScoped && actor.kind === "user" ? `vendor:${actor.vendor}` : "all";
      return publishedViews.remember(
        `roster|${actor.organisationId}|${id}|${query.from ?? ""}|${query.to ?? ""}|${audience}`,
        week,
      );
    },

    async createVersion(actor: Actor, scheduleId: string, fromVersion: number | undefined) {
      const created = await underScheduleLock(actor, scheduleId, async (transaction, schedule) => {
        const versions = await transaction.schedules.listVersions(scheduleId);
        const source =
          fromVersion !== undefined
            ? versions.find((item) => item.number === fromVersion)
            : (versions.find((item) => item.id === schedule.publishedVersionId) ?? versions.at(-1));
        if (fromVersion !== undefined && !source) throw notFound("Schedule version");
        const version = await transaction.schedules.createVersion(scheduleId, {
          source: "manual",
          solveJobId: null,
          solveSummary: null,
          createdBy: actorName(actor),
        });
        const copied = source ? await transaction.schedules.listShifts(source.id) : [];
        await transaction.schedules.insertShifts(
          version.id,
          copied.map(({ id: _id, versionId: _versionId, revision: _revision, ...shift }) => shift),
        );
        return { schedule, version };
      });
      return presentVersion(created.version, created.schedule);
    },

    async addShift(actor: Actor, scheduleId: string, number: number, input: z.output<typeof shiftInput>) {
      const draft: ShiftDraft = {
        ...input,
        startUtc: new Date(input.startUtc).toISOString(),
        endUtc: new Date(input.endUtc).toISOString(),
        shiftKey: randomUUID(),
        sequence: 0,
      };
      const { saved, warnings } = await underScheduleLock(actor, scheduleId, async (transaction, schedule) => {
        const version = await draftIn(transaction, schedule, number);
        const findings = await checkShift(actor, transaction, schedule, version.id, draft, null);
        const [inserted] = await transaction.schedules.insertShifts(version.id, [draft]);
        return { saved: inserted!, warnings: findings };
      });
      return { shift: (await presenter(actor))(saved), warnings };
    },

    async updateShift(
      actor: Actor,
      scheduleId: string,
      shiftId: string,
      patch: Partial<z.output<typeof shiftInput>>,
      expected: ExpectedRevision,
    ) {
      const { saved, warnings } = await underScheduleLock(actor, scheduleId, async (transaction, schedule) => {
        const { shift: existing, version } = await draftShiftIn(transaction, schedule, shiftId);
        assertRevision(existing, expected);
        const moveMs = patch.startUtc ? Date.parse(patch.startUtc) - Date.parse(existing.startUtc) : 0;
        const moved = existing.breaks.map((item) => ({
          ...item,
          startUtc: new Date(Date.parse(item.startUtc) + moveMs).toISOString(),
          endUtc: new Date(Date.parse(item.endUtc) + moveMs).toISOString(),
        }));
        const next: ShiftDraft = {
          shiftKey: existing.shiftKey,
          sequence: existing.sequence,
          agentId: patch.agentId ?? existing.agentId,
          queueIds: patch.queueIds ?? existing.queueIds,
          startUtc: patch.startUtc ? new Date(patch.startUtc).toISOString() : existing.startUtc,
          endUtc: patch.endUtc ? new Date(patch.endUtc).toISOString() : existing.endUtc,
          breaks: patch.breaks ?? moved,
        };
        const findings = await checkShift(actor, transaction, schedule, version.id, next, shiftId);
        await transaction.schedules.updateShift(shiftId, next);
        return { saved: (await transaction.schedules.findShift(shiftId))!, warnings: findings };
      });
      return { shift: (await presenter(actor))(saved), warnings };
    },

    async deleteShift(actor: Actor, scheduleId: string, shiftId: string, expected: ExpectedRevision) {
      await underScheduleLock(actor, scheduleId, async (transaction, schedule) => {
        const { shift } = await draftShiftIn(transaction, schedule, shiftId);
        assertRevision(shift, expected);
        await transaction.schedules.deleteShift(shiftId);
      });
      return { isDeleted: true as const };
    },

    /** Publishes a draft and appends the difference to the change ledger (the first publish too), with the planner's reason and note. */
    async publish(actor: Actor, scheduleId: string, number: number, why: { reasonCode?: string; note?: string } = {}) {
      const published = await underScheduleLock(actor, scheduleId, (transaction, schedule) =>
        publishVersionIn(transaction, ledger, schedule, number, {
          kind: "publish",
          organisationId: actor.organisationId,
          publishedBy: actorName(actor),
          now: clock(),
          reasonCode: why.reasonCode ?? null,
          note: why.note ?? null,
        }),
      );
      publishedViews.clear();
      await ledger.announce(published.appended);
      return presentVersion(published.version, published.schedule);
    },

    async exportCsv(actor: Actor, scheduleId: string, number: number): Promise<string> {
      const schedule = await scheduleOf(actor, scheduleId);
      const version = await versionOf(schedule, number);
      const shifts: ScheduleShift[] = await repositories.schedules.listShifts(version.id);
      return versionsCsv(shifts, await agentsById(actor), schedule.queues);
    },
  };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;
