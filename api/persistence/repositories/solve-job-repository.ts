import type { DataSource, EntityManager } from "typeorm";
import type { SolveJob, SolveJobKind, SolveJobOptions, SolveJobProgress, SolveJobStatus } from "../../domain/jobs/solve-job";
import { SolveJobEntity } from "../entities/solve-job.entity";

const toSolveJob = (entity: SolveJobEntity): SolveJob => ({
  id: entity.id,
  kind: entity.kind,
  status: entity.status,
  options: entity.options,
  progress: entity.progress,
  result: entity.result ?? null,
  error: entity.error,
  attempts: entity.attempts,
  createdBy: entity.createdBy,
  isCancelRequested: entity.cancelRequestedAt !== null,
  createdAt: entity.createdAt.toISOString(),
  startedAt: entity.startedAt?.toISOString() ?? null,
  finishedAt: entity.finishedAt?.toISOString() ?? null,
});

export interface ClaimedSolveJob {
  job: SolveJob;
  organisationId: string;
  input: unknown;
}

export function createSolveJobRepository(database: DataSource | EntityManager) {
  const jobs = database.getRepository(SolveJobEntity);
  return {
    async create(organisationId: string, draft: { kind: SolveJobKind; input: unknown; options: SolveJobOptions; createdBy: string }): Promise<SolveJob> {
      return toSolveJob(await jobs.save(jobs.create({ organisationId, ...draft, input: draft.input as object, status: "queued", progress: null, result: null, error: null })));
    },
    async findById(organisationId: string, id: string): Promise<SolveJob | null> {
      const entity = await jobs.findOneBy({ organisationId, id });
      return entity ? toSolveJob(entity) : null;
    },
    async list(organisationId: string, limit: number): Promise<SolveJob[]> {
      return (await jobs.find({ where: { organisationId }, order: { createdAt: "DESC" }, take: limit })).map(toSolveJob);
    },
    /** Marks a queued (or re-queued) job as running for one more attempt; null when it is already over. */
    async claim(id: string): Promise<ClaimedSolveJob | null> {
      const rows = (await database.query(
        `UPDATE "solve_jobs" SET "status" = 'running', "attempts" = "attempts" + 1, "started_at" = coalesce("started_at", now())
          WHERE "id" = $1 AND "status" IN ('queued', 'running') RETURNING "id"`,
        [id],
      )) as [Array<{ id: string }>, number];
      if (rows[0].length === 0) return null;
      const entity = await jobs.findOneByOrFail({ id });
      return { job: toSolveJob(entity), organisationId: entity.organisationId, input: entity.input };
    },
    async saveProgress(id: string, progress: SolveJobProgress): Promise<void> {
      await jobs.update({ id }, { progress });
    },
    async isCancelRequested(id: string): Promise<boolean> {
      const entity = await jobs.findOne({ select: { id: true, cancelRequestedAt: true }, where: { id } });
      return entity?.cancelRequestedAt != null;
    },
    async finish(id: string, outcome: { status: Exclude<SolveJobStatus, "queued" | "running">; result: unknown; error: string | null }): Promise<void> {
      await jobs.update({ id }, { ...outcome, result: outcome.result as object | null, finishedAt: new Date() });
    },
    /** Puts a job interrupted by a shutdown back in the queue, keeping its last progress. */
    async requeue(id: string): Promise<void> {
      await jobs.update({ id, status: "running" }, { status: "queued" });
    },
    /**
     * Flags a cancel on a queued or running job (a queued job is cancelled at once, a running one by
     * its worker); null when there is no such job, `isFinished` when it had already ended, untouched.
     */
    async requestCancel(organisationId: string, id: string): Promise<{ job: SolveJob; isFinished: boolean } | null> {
      const rows = (await database.query(
        `UPDATE "solve_jobs" SET "cancel_requested_at" = coalesce("cancel_requested_at", now()),
                "status" = CASE WHEN "status" = 'queued' THEN 'cancelled' ELSE "status" END,
                "finished_at" = CASE WHEN "status" = 'queued' THEN now() ELSE "finished_at" END
          WHERE "id" = $1 AND "organisation_id" = $2 AND "status" IN ('queued', 'running') RETURNING "id"`,
        [id, organisationId],
      )) as [Array<{ id: string }>, number];
      const job = await this.findById(organisationId, id);
      return job ? { job, isFinished: rows[0].length === 0 } : null;
    },
  };
}

export type SolveJobRepository = ReturnType<typeof createSolveJobRepository>;
