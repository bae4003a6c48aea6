import type { SolveJob, SolveJobKind, SolveJobOptions } from "../domain/jobs/solve-job";
import { prepareProblem } from "../domain/roster/prepare";
import type { RosterProblem } from "../domain/roster/problem";
import { notFound, serviceUnavailable, validationFailed } from "../http/errors";
import type { SolveJobRepository } from "../persistence/repositories/solve-job-repository";
import type { SolveQueue } from "../jobs/solve-queue";
import type { Actor } from "./actor";

const actorName = (actor: Actor) => (actor.kind === "user" ? `user:${actor.userId}` : "system");

/** Submit → id → progress → result or cancel, for solves too long for one request. */
export function createSolveJobService(jobs: SolveJobRepository, queue: SolveQueue | undefined) {
  return {
    async submit(actor: Actor, kind: SolveJobKind, input: unknown, options: SolveJobOptions): Promise<SolveJob> {
      if (!queue) throw serviceUnavailable("This process runs no job queue");
      if (kind === "roster") refuseUnsolvable(input as RosterProblem);
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

/**
 * The checks the schema cannot make (a requirement for an unknown queue, an instant off the interval
 * grid, an unknown zone) are made by preparing the problem, as the solve will: a bad problem is
 * refused now with 400, as the CLI refuses it, instead of becoming a failed job later.
 */
function refuseUnsolvable(problem: RosterProblem): void {
  try {
    prepareProblem(problem);
  } catch (error) {
    if (error instanceof RangeError) throw validationFailed([{ path: "body.input", message: error.message }], "The roster problem cannot be solved");
    throw error;
  }
}

export type SolveJobService = ReturnType<typeof createSolveJobService>;
