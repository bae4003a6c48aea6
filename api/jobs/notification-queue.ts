import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { NotificationDeliveryService } from "../services/notification-delivery-service";
import type { NotificationEnqueuer } from "../services/schedule-ledger-service";

const queueName = "notify";
/** Agents per job: a 2,000-agent change set is 20 jobs that several workers can share. */
const agentsPerJob = 100;
/** How often a worker looks for messages no job carries (a lost job, a crash between commit and enqueue), and how old they must be. */
const sweepSeconds = 60;

interface NotifyJob {
  changeSetId: string;
  /** null: every unsent message of the change set (a sweep). */
  agentIds: string[] | null;
}

export interface NotificationQueue extends NotificationEnqueuer {
  /** Starts delivering in this process; first sends the queue every change set with unsent e-mail (what a killed worker left). */
  startWorker(delivery: NotificationDeliveryService): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Change messages on pg-boss 10, beside the solve queue in its `pgboss` schema: retried with backoff
 * (a failed SMTP send rejects its job), and each job is safe to run twice, as every message is claimed
 * once in the database (notification-delivery-service.ts).
 */
export async function createNotificationQueue(databaseUrl: string, logger: Logger): Promise<NotificationQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: 2,
    schedule: false,
    supervise: true,
  });
  boss.on("error", (error) => logger.error({ err: error }, "notification queue error"));
  await boss.start();
  await boss.createQueue(queueName, {
    name: queueName,
    retryLimit: 8,
    retryDelay: 2,
    retryBackoff: true,
    expireInSeconds: 600,
    retentionDays: 7,
  });
  let sweeper: NodeJS.Timeout | undefined;
  const send = (jobs: NotifyJob[]) => boss.insert(jobs.map((data) => ({ name: queueName, data })));

  const sweep = async (delivery: NotificationDeliveryService, before: Date) => {
    try {
      const changeSetIds = await delivery.pendingChangeSets(before);
      if (changeSetIds.length > 0) await send(changeSetIds.map((changeSetId) => ({ changeSetId, agentIds: null })));
      if (changeSetIds.length > 0)
        logger.info({ changeSets: changeSetIds.length }, "unsent change notifications queued again");
    } catch (error) {
      logger.warn({ err: error }, "sweeping for unsent change notifications failed");
    }
  };

  return {
    async enqueue(changeSetId, agentIds) {
      const jobs: NotifyJob[] = [];
      for (let start = 0; start < agentIds.length; start += agentsPerJob)
        jobs.push({ changeSetId, agentIds: agentIds.slice(start, start + agentsPerJob) });
      await send(jobs);
    },
    async startWorker(delivery) {
      await sweep(delivery, new Date());
      const handle = async ([job]: PgBoss.Job<NotifyJob>[]) => {
        if (job) await delivery.deliver(job.data.changeSetId, job.data.agentIds);
      };
      // Two jobs at a time per process, each sending a few messages at once.
      for (let lane = 0; lane < 2; lane += 1)
        await boss.work<NotifyJob>(queueName, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handle);
      sweeper = setInterval(
        () => void sweep(delivery, new Date(Date.now() - sweepSeconds * 1000)),
        sweepSeconds * 1000,
      );
    },
    async stop() {
      clearInterval(sweeper);
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
