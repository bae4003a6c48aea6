import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { SolveRunner } from "./solve-runner";

const queueName = "solve";
/**
 * A solve's pg-boss lease: past its time limit plus this, pg-boss itself hands the job out again.
 * It is only the backstop: a lost worker is noticed sooner by its missing heartbeats (sweepLost).
 */
const leaseMarginSeconds = 120;

export interface SolveQueue {
  enqueue(jobId: string, timeLimitSeconds: number): Promise<void>;
  /**
   * Starts taking jobs in this process, one at a time (HiGHS already uses a core in its own thread),
   * and sweeping, every heartbeat period, for jobs whose worker stopped sending heartbeats.
   */
  startWorker(runner: SolveRunner): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Durable solve jobs on pg-boss 10 (its own `pgboss` schema in the same database): a job survives
 * an API restart, and `npm run worker` can take jobs on other machines. pg-boss 10 has no
 * heartbeat of its own (a job is active until its lease, `expireInSeconds`, runs out), so the
 * heartbeat lives on the job's row (solve-runner.ts) and a lost job is sent to the queue again.
 */
export async function createSolveQueue(databaseUrl: string, logger: Logger): Promise<SolveQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 3,
    schedule: false,
    supervise: true,
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(queueName, { name: queueName, retryLimit: 5, retryDelay: 1, retentionDays: 7 });
  let runner: SolveRunner | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const enqueue = async (jobId: string, timeLimitSeconds: number) => {
    await boss.send(queueName, { jobId }, { expireInSeconds: Math.ceil(timeLimitSeconds) + leaseMarginSeconds });
  };
  let isSweeping = false;
  const sweep = async (solveRunner: SolveRunner) => {
    if (isSweeping) return;
    isSweeping = true;
    try {
      for (const lost of await solveRunner.sweepLost())
        if (lost.status === "queued") await enqueue(lost.id, lost.timeLimitSeconds);
    } catch (error) {
      logger.warn({ err: error }, "sweeping for lost solve jobs failed");
    } finally {
      isSweeping = false;
    }
  };
  return {
    enqueue,
    async startWorker(solveRunner) {
      runner = solveRunner;
      await boss.work<{ jobId: string }>(queueName, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await solveRunner.run(job.data.jobId);
      });
      sweeper = setInterval(() => void sweep(solveRunner), solveRunner.settings.heartbeatSeconds * 1000);
    },
    async stop() {
      clearInterval(sweeper);
      runner?.shutdown();
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
