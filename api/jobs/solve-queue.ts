import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { SolveRunner } from "./solve-runner";

const queueName = "solve";
/** A solve's pg-boss lease: past its time limit plus this, a job whose worker died is retried elsewhere. */
const leaseMarginSeconds = 120;

export interface SolveQueue {
  enqueue(jobId: string, timeLimitSeconds: number): Promise<void>;
  /** Starts taking jobs in this process, one at a time (HiGHS already uses a core in its own thread). */
  startWorker(runner: SolveRunner): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Durable solve jobs on pg-boss 10 (its own `pgboss` schema in the same database): a job survives
 * an API restart, and `npm run worker` can take jobs on other machines.
 */
export async function createSolveQueue(databaseUrl: string, logger: Logger): Promise<SolveQueue> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 3, schedule: false, supervise: true });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(queueName, { name: queueName, retryLimit: 5, retryDelay: 1, retentionDays: 7 });
  let runner: SolveRunner | undefined;
  return {
    async enqueue(jobId, timeLimitSeconds) {
      await boss.send(queueName, { jobId }, { expireInSeconds: Math.ceil(timeLimitSeconds) + leaseMarginSeconds });
    },
    async startWorker(solveRunner) {
      runner = solveRunner;
      await boss.work<{ jobId: string }>(queueName, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
        if (job) await solveRunner.run(job.data.jobId);
      });
    },
    async stop() {
      runner?.shutdown();
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
