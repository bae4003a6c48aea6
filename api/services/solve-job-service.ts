import {
  isTerminalStatus,
  type SolveJob,
  type SolveJobKind,
  type SolveJobOptions,
  type SolveJobProgress,
} from "../domain/jobs/solve-job";
import { prepareProblem } from "../domain/roster/model/prepare";
import type { RosterProblem } from "../domain/roster/model/problem";
import { jobFinished, notFound, serviceUnavailable, validationFailed } from "../errors/app-errors";
import type { SolveJobRepository } from "../persistence/repositories/solve-job-repository";
import type { SolveQueue } from "../jobs/solve-queue";
import type { Actor } from "./actor";
import { presentSolveResult } from "../presenters/solve-result-presenter";

const actorName = (actor: Actor) => (actor.kind === "user" ? `user:${actor.userId}` : "system");

/** The figures every solve result states (a roster and a shift design alike). */
interface FinalFigures {
  objective: { total: number };
  lowerBound: number | null;
  relativeGap: number | null;
  solveSeconds: number;
}

const hasFinalFigures = (result: unknown): result is FinalFigures =>
  typeof result === "object" &&
  result !== null &&
  typeof (result as FinalFigures).objective?.total === "number" &&
  typeof (result as FinalFigures).solveSeconds === "number";

/**
 * The progress of a finished job is its result's: the streamed progress stops at the solver's last
 * callback, before the final bound (a closing LP, a last dive) and the gap of the roster returned.
 */
function finalProgressOf(job: SolveJob): SolveJobProgress | null {
  if (!isTerminalStatus(job.status) || !hasFinalFigures(job.result)) return job.progress;
  const { objective, lowerBound, relativeGap, solveSeconds } = job.result;
  return {
    elapsedSeconds: solveSeconds,
    incumbentObjective: objective.total,
    bestBound: lowerBound,
    relativeGap,
    phase: "finished",
  };
}

/** A job as the API answers it: the final figures as its progress, its result rounded to the units' precision. */
export function presentSolveJob(job: SolveJob): SolveJob {
  const presented = { ...job, result: job.result === null ? null : presentSolveResult(job.kind, job.result) };
  return { ...presented, progress: finalProgressOf(presented) };
}

/** Submit → id → progress → result or cancel, for solves too long for one request. */
export function createSolveJobService(jobs: SolveJobRepository, queue: SolveQueue | undefined) {
  return {
    async submit(actor: Actor, kind: SolveJobKind, input: unknown, options: SolveJobOptions): Promise<SolveJob> {
      if (!queue) throw serviceUnavailable("This process runs no job queue");
      if (kind === "roster") refuseUnsolvable(input as RosterProblem);
      const job = await jobs.create(actor.organisationId, { kind, input, options, createdBy: actorName(actor) });
      await queue.enqueue(job.id, options.timeLimitSeconds);
      return presentSolveJob(job);
    },
    async get(actor: Actor, id: string): Promise<SolveJob> {
      const job = await jobs.findById(actor.organisationId, id);
      if (!job) throw notFound("Solve job");
      return presentSolveJob(job);
    },
    list: async (actor: Actor) => (await jobs.list(actor.organisationId, 50)).map(presentSolveJob),
    /** 202 with the job for a queued or running one; 409 `job_finished` with its status once it has ended. */
    async cancel(actor: Actor, id: string): Promise<SolveJob> {
      const outcome = await jobs.requestCancel(actor.organisationId, id);
      if (!outcome) throw notFound("Solve job");
      if (outcome.isFinished) throw jobFinished(outcome.job.status);
      return presentSolveJob(outcome.job);
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
    if (error instanceof RangeError)
      throw validationFailed([{ path: "body.input", message: error.message }], "The roster problem cannot be solved");
    throw error;
  }
}

export type SolveJobService = ReturnType<typeof createSolveJobService>;
