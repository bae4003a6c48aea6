import { randomUUID } from "node:crypto";
import { In, LessThan, MoreThan } from "typeorm";
import type { DataSource, EntityManager } from "typeorm";
import type {
  PublishDiff,
  Schedule,
  ScheduleShift,
  ScheduleVersion,
  ShiftDraft,
  SolveSummary,
  VersionSource,
} from "../../domain/schedule/schedule";
import { ScheduleShiftEntity } from "../entities/schedule-shift.entity";
import { ScheduleSolveEntity } from "../entities/schedule-solve.entity";
import { ScheduleVersionEntity } from "../entities/schedule-version.entity";
import { ScheduleEntity } from "../entities/schedule.entity";

const toSchedule = (entity: ScheduleEntity): Schedule => ({
  id: entity.id,
  name: entity.name,
  periodStartUtc: entity.periodStart.toISOString(),
  periodEndUtc: entity.periodEnd.toISOString(),
  queueIds: entity.queueIds,
  intervalMinutes: entity.intervalMinutes,
  queues: entity.queues,
  requirements: entity.requirements,
  rules: entity.rules,
  publishedVersionId: entity.publishedVersionId,
  createdBy: entity.createdBy,
  createdAt: entity.createdAt.toISOString(),
});

const toVersion = (entity: ScheduleVersionEntity): ScheduleVersion => ({
  id: entity.id,
  scheduleId: entity.scheduleId,
  number: entity.number,
  status: entity.status,
  source: entity.source,
  solveJobId: entity.solveJobId,
  solveSummary: entity.solveSummary,
  createdBy: entity.createdBy,
  createdAt: entity.createdAt.toISOString(),
  publishedBy: entity.publishedBy,
  publishedAt: entity.publishedAt?.toISOString() ?? null,
  diff: entity.diff,
});

const toShift = (entity: ScheduleShiftEntity): ScheduleShift => ({
  id: entity.id,
  versionId: entity.versionId,
  shiftKey: entity.shiftKey,
  agentId: entity.agentId,
  queueIds: entity.queueIds,
  startUtc: entity.startsAt.toISOString(),
  endUtc: entity.endsAt.toISOString(),
  breaks: entity.breaks,
  sequence: entity.sequence,
  revision: entity.revision,
});

const toColumns = (draft: Partial<ShiftDraft>): Partial<ScheduleShiftEntity> => {
  const { startUtc, endUtc, ...rest } = draft;
  return {
    ...rest,
    ...(startUtc ? { startsAt: new Date(startUtc) } : {}),
    ...(endUtc ? { endsAt: new Date(endUtc) } : {}),
  };
};

export type ScheduleDraft = Omit<Schedule, "id" | "publishedVersionId" | "createdAt">;

/** A published shift as agents and calendars read it; a published shift is never edited, so it carries no revision. */
export interface PublishedShiftRow extends Omit<ScheduleShift, "revision"> {
  scheduleId: string;
  scheduleName: string;
  versionNumber: number;
  publishedAt: string;
}

export function createScheduleRepository(database: DataSource | EntityManager) {
  const schedules = database.getRepository(ScheduleEntity);
  const versions = database.getRepository(ScheduleVersionEntity);
  const shifts = database.getRepository(ScheduleShiftEntity);
  const solves = database.getRepository(ScheduleSolveEntity);
  return {
    async create(organisationId: string, draft: ScheduleDraft): Promise<Schedule> {
      const { periodStartUtc, periodEndUtc, ...rest } = draft;
      return toSchedule(
        await schedules.save(
          schedules.create({
            organisationId,
            ...rest,
            periodStart: new Date(periodStartUtc),
            periodEnd: new Date(periodEndUtc),
            publishedVersionId: null,
          }),
        ),
      );
    },
    async findById(organisationId: string, id: string): Promise<Schedule | null> {
      const entity = await schedules.findOneBy({ organisationId, id });
      return entity ? toSchedule(entity) : null;
    },
    async list(organisationId: string): Promise<Schedule[]> {
      return (
        await schedules.find({
          where: { organisationId },
          order: { periodStart: "DESC", createdAt: "DESC" },
          take: 200,
        })
      ).map(toSchedule);
    },
    /** The organisation's schedule, its row locked for the rest of the transaction (SELECT … FOR UPDATE); null when there is none. */
    async findForUpdate(organisationId: string, id: string): Promise<Schedule | null> {
      const entity = await schedules
        .createQueryBuilder("schedule")
        .setLock("pessimistic_write")
        .where("schedule.id = :id AND schedule.organisation_id = :organisationId", { id, organisationId })
        .getOne();
      return entity ? toSchedule(entity) : null;
    },
    /** Locks the schedule row for the rest of the transaction, so version numbers and publishes are serialised. */
    async lock(id: string): Promise<void> {
      await schedules
        .createQueryBuilder("schedule")
        .setLock("pessimistic_write")
        .where("schedule.id = :id", { id })
        .getOne();
    },
    async setPublishedVersion(id: string, versionId: string): Promise<void> {
      await schedules.update({ id }, { publishedVersionId: versionId });
    },
    async listVersions(scheduleId: string): Promise<ScheduleVersion[]> {
      return (await versions.find({ where: { scheduleId }, order: { number: "ASC" } })).map(toVersion);
    },
    async findVersion(scheduleId: string, number: number): Promise<ScheduleVersion | null> {
      const entity = await versions.findOneBy({ scheduleId, number });
      return entity ? toVersion(entity) : null;
    },
    async findVersionById(id: string): Promise<ScheduleVersion | null> {
      const entity = await versions.findOneBy({ id });
      return entity ? toVersion(entity) : null;
    },
    async createVersion(
      scheduleId: string,
      draft: { source: VersionSource; solveJobId: string | null; solveSummary: SolveSummary | null; createdBy: string },
    ): Promise<ScheduleVersion> {
      const last = await versions.findOne({ where: { scheduleId }, order: { number: "DESC" } });
      return toVersion(
        await versions.save(
          versions.create({
            scheduleId,
            number: (last?.number ?? 0) + 1,
            status: "draft",
            ...draft,
            publishedBy: null,
            publishedAt: null,
            diff: null,
          }),
        ),
      );
    },
    async markPublished(versionId: string, publishedBy: string, publishedAt: Date, diff: PublishDiff): Promise<void> {
      await versions.update({ id: versionId }, { status: "published", publishedBy, publishedAt, diff });
    },
    async listShifts(
      versionId: string,
      range?: { from: Date; to: Date },
      agentIds?: string[],
    ): Promise<ScheduleShift[]> {
      const where = {
        versionId,
        ...(range ? { startsAt: LessThan(range.to), endsAt: MoreThan(range.from) } : {}),
        ...(agentIds ? { agentId: In(agentIds) } : {}),
      };
      return (await shifts.find({ where, order: { startsAt: "ASC", agentId: "ASC" } })).map(toShift);
    },
    async findShift(id: string): Promise<ScheduleShift | null> {
      const entity = await shifts.findOneBy({ id });
      return entity ? toShift(entity) : null;
    },
    async insertShifts(versionId: string, drafts: ShiftDraft[]): Promise<ScheduleShift[]> {
      if (drafts.length === 0) return [];
      // A new row starts at revision 1, also when it is a copy of a shift of another version.
      const entities = drafts.map((draft) =>
        shifts.create({ versionId, ...toColumns(draft), shiftKey: draft.shiftKey || randomUUID(), revision: 1 }),
      );
      return (await shifts.save(entities, { chunk: 500 })).map(toShift);
    },
    /** Writes the patch and raises the shift's revision by one. */
    async updateShift(id: string, patch: Partial<ShiftDraft>): Promise<void> {
      await shifts.update({ id }, { ...toColumns(patch), revision: () => `"revision" + 1` });
    },
    async deleteShift(id: string): Promise<void> {
      await shifts.delete({ id });
    },
    /** One statement for the whole version: a 2,000-agent week has 10,000 shifts, and an UPDATE each took seconds. */
    async setSequences(sequences: Map<string, number>): Promise<void> {
      if (sequences.size === 0) return;
      const rows = [...sequences].map(([id, sequence]) => ({ id, sequence }));
      await database.query(
        `UPDATE "schedule_shifts" s SET "sequence" = r."sequence" FROM jsonb_to_recordset($1::jsonb) AS r("id" uuid, "sequence" integer) WHERE s."id" = r."id" AND s."sequence" <> r."sequence"`,
        [JSON.stringify(rows)],
      );
    },
    /**
     * Shifts of the published version of every schedule of the organisation, for some agents, that
     * overlap [from, to): what agents, their managers and their calendars see.
     */
    /**
     * Published shifts of some agents overlapping [from, to). One plain SQL statement: this is the
     * hottest read (every agent's calendar app polls it), so it skips entity hydration.
     */
    async listPublishedShifts(
      organisationId: string,
      agentIds: string[],
      from: Date,
      to: Date,
    ): Promise<PublishedShiftRow[]> {
      if (agentIds.length === 0) return [];
      const rows = (await database.query(
        `SELECT s."id", s."version_id", s."shift_key", s."agent_id", s."queue_ids", s."starts_at", s."ends_at", s."breaks", s."sequence",
                sc."id" AS "schedule_id", sc."name" AS "schedule_name", v."number" AS "version_number", v."published_at"
           FROM "schedule_shifts" s
           JOIN "schedule_versions" v ON v."id" = s."version_id"
           JOIN "schedules" sc ON sc."published_version_id" = v."id"
          WHERE sc."organisation_id" = $1 AND s."agent_id" = ANY($2::uuid[]) AND s."starts_at" < $4 AND s."ends_at" > $3
          ORDER BY s."starts_at"`,
        [organisationId, agentIds, from, to],
      )) as Array<{
        id: string;
        version_id: string;
        shift_key: string;
        agent_id: string;
        queue_ids: string[];
        starts_at: Date;
        ends_at: Date;
        breaks: ScheduleShift["breaks"];
        sequence: number;
        schedule_id: string;
        schedule_name: string;
        version_number: number;
        published_at: Date;
      }>;
      return rows.map((row) => ({
        id: row.id,
        versionId: row.version_id,
        shiftKey: row.shift_key,
        agentId: row.agent_id,
        queueIds: row.queue_ids,
        startUtc: row.starts_at.toISOString(),
        endUtc: row.ends_at.toISOString(),
        breaks: row.breaks,
        sequence: row.sequence,
        scheduleId: row.schedule_id,
        scheduleName: row.schedule_name,
        versionNumber: Number(row.version_number),
        publishedAt: row.published_at.toISOString(),
      }));
    },
    async recordSolve(scheduleId: string, solveJobId: string): Promise<void> {
      await solves.insert({ scheduleId, solveJobId, versionId: null, isSettled: false });
    },
    async listSolves(
      scheduleId: string,
    ): Promise<{ solveJobId: string; versionId: string | null; isSettled: boolean; createdAt: string }[]> {
      return (await solves.find({ where: { scheduleId }, order: { createdAt: "ASC" } })).map((row) => ({
        solveJobId: row.solveJobId,
        versionId: row.versionId,
        isSettled: row.isSettled,
        createdAt: row.createdAt.toISOString(),
      }));
    },
    /** The solve's row, locked for the transaction; null when it is already settled. */
    async lockUnsettledSolve(solveJobId: string): Promise<{ scheduleId: string } | null> {
      const row = await solves
        .createQueryBuilder("solve")
        .setLock("pessimistic_write")
        .where("solve.solve_job_id = :solveJobId", { solveJobId })
        .getOne();
      return row && !row.isSettled ? { scheduleId: row.scheduleId } : null;
    },
    async settleSolve(solveJobId: string, versionId: string | null): Promise<void> {
      await solves.update({ solveJobId }, { versionId, isSettled: true });
    },
  };
}

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
