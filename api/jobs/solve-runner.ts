import type { Logger } from "pino";
import type { SolveJobProgress, SolveJobKind } from "../domain/jobs/solve-job";
import type { SolveJobRepository } from "../persistence/repositories/solve-job-repository";
import type { SolveExecutor } from "./solve-executors";

const cancelPollMilliseconds = 500;
const progressWriteMilliseconds = 400;

/** Thrown to hand a job back to the queue when this process shuts down mid-solve. */
export class InterruptedByShutdown extends Error {
  constructor() {
    super("interrupted by shutdown; the job is queued again");
  }
}

/**
 * Runs solve jobs by id: claims the row, solves with progress written to it (a few times a second,
 * so any API process can serve it), watches for a cancel (the solve stops and keeps its best
 * solution), and on shutdown hands the job back to the queue so another start picks it up.
 */
export function createSolveRunner(jobs: SolveJobRepository, executors: Record<SolveJobKind, SolveExecutor>, logger: Logger) {
  const active = new Set<AbortController>();
  let isShuttingDown = false;

  function progressWriter(jobId: string) {
    let pending: SolveJobProgress | null = null;
    let lastWrite = 0;
    let writing = Promise.resolve();
    const flush = () => {
      if (!pending) return writing;
      const progress = pending;
      pending = null;
      lastWrite = Date.now();
      writing = writing.then(() => jobs.saveProgress(jobId, progress)).catch((error: unknown) => logger.warn({ err: error, jobId }, "progress not saved"));
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

  async function run(jobId: string): Promise<void> {
    const claimed = await jobs.claim(jobId);
    if (!claimed) return;
    const { job, input } = claimed;
    if (job.isCancelRequested) return jobs.finish(jobId, { status: "cancelled", result: null, error: null });
    const controller = new AbortController();
    active.add(controller);
    const progress = progressWriter(jobId);
    const cancelWatch = setInterval(() => {
      void jobs.isCancelRequested(jobId).then((isRequested) => isRequested && controller.abort());
    }, cancelPollMilliseconds);
    logger.info({ jobId, kind: job.kind, attempt: job.attempts }, "solve started");
    try {
      const result = await executors[job.kind](input, job.options, { onProgress: progress.report, signal: controller.signal });
      await progress.flush();
      if (isShuttingDown) throw new InterruptedByShutdown();
      const isCancelled = controller.signal.aborted;
      await jobs.finish(jobId, { status: isCancelled ? "cancelled" : "succeeded", result, error: null });
      logger.info({ jobId, status: isCancelled ? "cancelled" : "succeeded" }, "solve finished");
      // A failed solver still leaves a result (the greedy start), so the job succeeds; say so loudly.
      if ((result as { status?: unknown }).status === "error") logger.warn({ jobId }, "the solver failed; the result is the start roster, see its notes");
    } catch (error) {
      if (isShuttingDown) {
        await jobs.requeue(jobId);
        throw error instanceof InterruptedByShutdown ? error : new InterruptedByShutdown();
      }
      logger.error({ err: error, jobId }, "solve failed");
      await jobs.finish(jobId, { status: "failed", result: null, error: (error as Error).message });
    } finally {
      clearInterval(cancelWatch);
      active.delete(controller);
    }
  }

  return {
    run,
    /** Stops running solves; each is requeued by its own `run`, which then throws InterruptedByShutdown. */
    shutdown(): void {
      isShuttingDown = true;
      for (const controller of active) controller.abort();
    },
  };
}

export type SolveRunner = ReturnType<typeof createSolveRunner>;
