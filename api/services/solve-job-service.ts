import type { SolveJob, SolveJobKind, SolveJobOptions } from "../domain/jobs/solve-job";
import { notFound, serviceUnavailable } from "../http/errors";
import type { SolveJobRepository } from "../persistence/repositories/solve-job-repository";
import type { SolveQueue } from "../jobs/solve-queue";
import type { Actor } from "./actor";

const actorName = (actor: Actor) => (actor.kind === "user" ? `user:${actor.userId}` : "system");

/** Submit → id → progress → result or cancel, for solves too long for one request. */
export function createSolveJobService(jobs: SolveJobRepository, queue: SolveQueue | undefined) {
  return {
    async submit(actor: Actor, kind: SolveJobKind, input: unknown, options: SolveJobOptions): Promise<SolveJob> {
      if (!queue) throw serviceUnavailable("This process runs no job queue");
      const job = await jobs.create(actor.organisationId, { kind, input, options, createdBy: actorName(actor) });
      await queue.enqueue(job.id, options.timeLimitSeconds);
      return job;
    },
    async get(actor: Actor, id: string): Promise<SolveJob> {
      const job = await jobs.findById(actor.organisationId, id);
      if (!job) throw notFound("Solve job");
      return job;
    },
    list: (actor: Actor) => jobs.list(actor.organisationId, 50),
    async cancel(actor: Actor, id: string): Promise<SolveJob> {
      const job = await jobs.requestCancel(actor.organisationId, id);
      if (!job) throw notFound("Solve job");
      return job;
    },
  };
}

export type SolveJobService = ReturnType<typeof createSolveJobService>;
