import { hostname } from "node:os";
import type { Logger } from "pino";
import type { SolveJobProgress, SolveJobKind } from "../domain/jobs/solve-job";
import type { LostSolveJob, SolveJobRepository } from "../persistence/repositories/solve-job-repository";
import type { SolveExecutor } from "./solve-executors";

const cancelPollMilliseconds = 500;
const progressWriteMilliseconds = 400;
/** A job whose worker was lost on its third attempt (or that was interrupted twice before) fails instead of taking down another process. */
const maxAttempts = 3;

/** Thrown to hand a job back to the queue when this process shuts down mid-solve. */
export class InterruptedByShutdown extends Error {
  constructor() {
    super("interrupted by shutdown; the job is queued again");
  }
}

export interface SolveRunnerSettings {
  /** This process as the jobs name it: host:pid. */
  workerName: string;
  /** How often a running job's row is told this process is alive. */
  heartbeatSeconds: number;
  /** A running job without a heartbeat for this long has lost its worker (see sweepLost). */
  staleSeconds: number;
}

/** This process, with the defaults of SHIFTCAST_SOLVE_HEARTBEAT_SECONDS and SHIFTCAST_SOLVE_STALE_SECONDS (config.ts). */
export function defaultSolveRunnerSettings(): SolveRunnerSettings {
  return { workerName: `${hostname()}:${process.pid}`, heartbeatSeconds: 5, staleSeconds: 30 };
}

/**
 * Runs solve jobs by id: claims the row for one attempt, solves with progress written to it (a few
 * times a second, so any API process can serve it) and a heartbeat every few seconds, watches for
 * a cancel (the solve stops and keeps its best solution), and on shutdown hands the job back to the
 * queue so another start picks it up. Every write names the attempt, so a job taken over by another
 * worker (this one was thought dead) is stopped here and its result is not recorded twice.
 */
export function createSolveRunner(
  jobs: SolveJobRepository,
  executors: Record<SolveJobKind, SolveExecutor>,
  logger: Logger,
  settings: SolveRunnerSettings = defaultSolveRunnerSettings(),
) {
  const active = new Set<AbortController>();
  let isShuttingDown = false;

  function progressWriter(jobId: string, attempt: number) {
    let pending: SolveJobProgress | null = null;
    let lastWrite = 0;
    let writing = Promise.resolve();
    const flush = () => {
      if (!pending) return writing;
      const progress = pending;
      pending = null;
      lastWrite = Date.now();
      writing = writing
        .then(() => jobs.saveProgress(jobId, attempt, progress))
        .catch((error: unknown) => logger.warn({ err: error, jobId }, "progress not saved"));
      return writing;
    };
    return {
      report(progress: SolveJobProgress) {
        pending = progress;
        if (Date.now() - lastWrite >= progressWriteMilliseconds) void flush();
      },
      flush,
    };
  }

  /** Heartbeats and the cancel poll of one attempt; `isLost` once another attempt owns the job. */
  function watch(jobId: string, attempt: number, controller: AbortController) {
    let isLost = false;
    const cancelWatch = setInterval(() => {
      void jobs.isCancelRequested(jobId).then(
        (isRequested) => isRequested && controller.abort(),
        () => undefined,
      );
    }, cancelPollMilliseconds);
    const heartbeat = setInterval(() => {
      void jobs.heartbeat(jobId, attempt).then(
        (isOwned) => {
          if (isOwned || isLost) return;
          isLost = true;
          logger.warn(
            { jobId, attempt },
            "the job was taken over by another worker (this one was thought lost); stopping this attempt",
          );
          controller.abort();
        },
        (error: unknown) => logger.warn({ err: error, jobId }, "heartbeat not saved"),
      );
    }, settings.heartbeatSeconds * 1000);
    return {
      isLost: () => isLost,
      stop() {
        clearInterval(cancelWatch);
        clearInterval(heartbeat);
      },
    };
  }

  async function run(jobId: string): Promise<void> {
    const claimed = await jobs.claim(jobId, settings.workerName, settings.staleSeconds);
    if (!claimed) return;
    const { job, input } = claimed;
    const attempt = job.attempts;
    if (job.isCancelRequested) {
      await jobs.finish(jobId, attempt, { status: "cancelled", result: null, error: null });
      return;
    }
    const controller = new AbortController();
    active.add(controller);
    const progress = progressWriter(jobId, attempt);
    const watcher = watch(jobId, attempt, controller);
    logger.info({ jobId, kind: job.kind, attempt }, "solve started");
    try {
      const result = await executors[job.kind](input, job.options, {
        onProgress: progress.report,
        signal: controller.signal,
      });
      await progress.flush();
      if (isShuttingDown) throw new InterruptedByShutdown();
      const status = controller.signal.aborted ? "cancelled" : "succeeded";
      const isRecorded = !watcher.isLost() && (await jobs.finish(jobId, attempt, { status, result, error: null }));
      if (!isRecorded) {
        logger.warn({ jobId, attempt }, "solve result not recorded: the job is no longer this attempt's");
        return;
      }
      logger.info({ jobId, attempt, status }, "solve finished");
      // A failed solver still leaves a result (the greedy start), so the job succeeds; say so loudly.
      if ((result as { status?: unknown }).status === "error")
        logger.warn({ jobId }, "the solver failed; the result is the start roster, see its notes");
    } catch (error) {
      if (isShuttingDown) {
        await jobs.requeue(
          jobId,
          attempt,
          `attempt ${attempt} was interrupted by a shutdown of worker ${settings.workerName}; queued again`,
        );
        throw error instanceof InterruptedByShutdown ? error : new InterruptedByShutdown();
      }
      logger.error({ err: error, jobId }, "solve failed");
      await jobs.finish(jobId, attempt, { status: "failed", result: null, error: (error as Error).message });
    } finally {
      watcher.stop();
      active.delete(controller);
    }
  }

  /** Queues again (or fails, past maxAttempts) the running jobs of workers that stopped sending heartbeats. */
  async function sweepLost(): Promise<LostSolveJob[]> {
    const lost = await jobs.sweepLost(settings.staleSeconds, maxAttempts);
    for (const job of lost)
      logger.warn({ jobId: job.id, status: job.status, notice: job.notice }, "a solve job lost its worker");
    return lost;
  }

  return {
    run,
    sweepLost,
    settings,
    /** Stops running solves; each is requeued by its own `run`, which then throws InterruptedByShutdown. */
    shutdown(): void {
      isShuttingDown = true;
      for (const controller of active) controller.abort();
    },
  };
}

export type SolveRunner = ReturnType<typeof createSolveRunner>;
