import type { DataSource, EntityManager } from "typeorm";
import type {
  SolveJob,
  SolveJobKind,
  SolveJobOptions,
  SolveJobProgress,
  SolveJobStatus,
} from "../../domain/jobs/solve-job";
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
  worker: entity.worker,
  heartbeatAt: entity.heartbeatAt?.toISOString() ?? null,
  notice: entity.notice,
});

export interface ClaimedSolveJob {
  job: SolveJob;
  organisationId: string;
  input: unknown;
}

/** A running job whose worker stopped sending heartbeats, as the sweep left it. */
export interface LostSolveJob {
  id: string;
  status: "queued" | "failed";
  timeLimitSeconds: number;
  notice: string;
}

/**
 * Writes by the process running a job name the attempt it claimed (`attempts` after its claim):
 * once the job was taken over by another attempt, or has ended, they change nothing, so a worker
 * thought dead that comes back can never record a second result.
 */
const ownedBy = `"id" = $1 AND "attempts" = $2 AND "status" = 'running'`;

export function createSolveJobRepository(database: DataSource | EntityManager) {
  const jobs = database.getRepository(SolveJobEntity);
  return {
    async create(
      organisationId: string,
      draft: { kind: SolveJobKind; input: unknown; options: SolveJobOptions; createdBy: string },
    ): Promise<SolveJob> {
      return toSolveJob(
        await jobs.save(
          jobs.create({
            organisationId,
            ...draft,
            input: draft.input as object,
            status: "queued",
            progress: null,
            result: null,
            error: null,
          }),
        ),
      );
    },
    async findById(organisationId: string, id: string): Promise<SolveJob | null> {
      const entity = await jobs.findOneBy({ organisationId, id });
      return entity ? toSolveJob(entity) : null;
    },
    async list(organisationId: string, limit: number): Promise<SolveJob[]> {
      return (await jobs.find({ where: { organisationId }, order: { createdAt: "DESC" }, take: limit })).map(
        toSolveJob,
      );
    },
    /**
     * Marks a queued job as running for one more attempt by `worker`; also a running one whose
     * worker sent no heartbeat for `staleSeconds` (pg-boss handing out a job whose worker died).
     * Null when the job is over or another live worker runs it. `job.attempts` is the attempt.
     */
    async claim(id: string, worker: string, staleSeconds: number): Promise<ClaimedSolveJob | null> {
      const rows = (await database.query(
        `UPDATE "solve_jobs" SET "status" = 'running', "attempts" = "attempts" + 1, "started_at" = coalesce("started_at", now()),
                "worker" = $2, "heartbeat_at" = now()
          WHERE "id" = $1 AND ("status" = 'queued' OR ("status" = 'running' AND coalesce("heartbeat_at", "started_at") < now() - make_interval(secs => $3)))
          RETURNING "id"`,
        [id, worker, staleSeconds],
      )) as [Array<{ id: string }>, number];
      if (rows[0].length === 0) return null;
      const entity = await jobs.findOneByOrFail({ id });
      return { job: toSolveJob(entity), organisationId: entity.organisationId, input: entity.input };
    },
    /** The running attempt says it is alive; false when the job is no longer its own (taken over, cancelled and ended). */
    async heartbeat(id: string, attempt: number): Promise<boolean> {
      const rows = (await database.query(
        `UPDATE "solve_jobs" SET "heartbeat_at" = now() WHERE ${ownedBy} RETURNING "id"`,
        [id, attempt],
      )) as [unknown[], number];
      return rows[0].length > 0;
    },
    async saveProgress(id: string, attempt: number, progress: SolveJobProgress): Promise<void> {
      await database.query(`UPDATE "solve_jobs" SET "progress" = $3 WHERE ${ownedBy}`, [
        id,
        attempt,
        JSON.stringify(progress),
      ]);
    },
    async isCancelRequested(id: string): Promise<boolean> {
      const entity = await jobs.findOne({ select: { id: true, cancelRequestedAt: true }, where: { id } });
      return entity?.cancelRequestedAt != null;
    },
    /** Records the attempt's outcome; false (nothing written) when the job is no longer that attempt's. */
    async finish(
      id: string,
      attempt: number,
      outcome: { status: Exclude<SolveJobStatus, "queued" | "running">; result: unknown; error: string | null },
    ): Promise<boolean> {
      const rows = (await database.query(
        `UPDATE "solve_jobs" SET "status" = $3, "result" = $4, "error" = $5, "finished_at" = now() WHERE ${ownedBy} RETURNING "id"`,
        [id, attempt, outcome.status, outcome.result === null ? null : JSON.stringify(outcome.result), outcome.error],
      )) as [unknown[], number];
      return rows[0].length > 0;
    },
    /** Puts a job interrupted by a shutdown back in the queue, keeping its last progress. */
    async requeue(id: string, attempt: number, notice: string): Promise<void> {
      await database.query(
        `UPDATE "solve_jobs" SET "status" = 'queued', "heartbeat_at" = NULL, "notice" = $3 WHERE ${ownedBy}`,
        [id, attempt, notice],
      );
    },
    /**
     * Running jobs whose worker sent no heartbeat for `staleSeconds` (it was killed, crashed, lost
     * its machine or its database connection): queued again, or failed once `maxAttempts` attempts
     * were lost this way or otherwise, so a job that kills every process it runs in stops there.
     * One statement, so of several sweeping workers exactly one takes each job.
     */
    async sweepLost(staleSeconds: number, maxAttempts: number): Promise<LostSolveJob[]> {
      const rows = (await database.query(
        `WITH "lost" AS (
           SELECT "id", format('attempt %s stopped: its worker %s sent no heartbeat after %s (for over %s s)',
                    "attempts", coalesce("worker", 'unknown'),
                    to_char(coalesce("heartbeat_at", "started_at") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), $1::int) AS "what",
                  "attempts" >= $2 AS "is_given_up"
             FROM "solve_jobs"
            WHERE "status" = 'running' AND coalesce("heartbeat_at", "started_at") < now() - make_interval(secs => $1)
            FOR UPDATE SKIP LOCKED)
         UPDATE "solve_jobs" AS "job" SET
                "status" = CASE WHEN "lost"."is_given_up" THEN 'failed' ELSE 'queued' END,
                "notice" = "lost"."what" || CASE WHEN "lost"."is_given_up" THEN format('; not retried after %s attempts', "job"."attempts") ELSE '; queued again' END,
                "error" = CASE WHEN "lost"."is_given_up" THEN "lost"."what" || format('; not retried after %s attempts', "job"."attempts") ELSE "job"."error" END,
                "finished_at" = CASE WHEN "lost"."is_given_up" THEN now() ELSE "job"."finished_at" END,
                "heartbeat_at" = NULL
           FROM "lost" WHERE "job"."id" = "lost"."id"
         RETURNING "job"."id", "job"."status", ("job"."options"->>'timeLimitSeconds')::float8 AS "time_limit_seconds", "job"."notice"`,
        [staleSeconds, maxAttempts],
      )) as [Array<{ id: string; status: "queued" | "failed"; time_limit_seconds: number; notice: string }>, number];
      return rows[0].map((row) => ({
        id: row.id,
        status: row.status,
        timeLimitSeconds: row.time_limit_seconds,
        notice: row.notice,
      }));
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
