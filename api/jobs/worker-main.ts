import "reflect-metadata";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { openDatabase } from "../persistence/database";
import { createSolveQueue } from "./solve-queue";
import { startSolveWorker } from "./solve-worker";
import { createNotificationQueue } from "./notification-queue";
import { startNotificationWorker } from "./notification-worker";

/**
 * `npm run worker`: solves queued roster and shift-design jobs without serving HTTP, so solves can
 * run on other machines (point DATABASE_URL at the shared database), and delivers change notifications.
 * SIGTERM hands a running job back.
 */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await openDatabase(config, logger, { mayReuseRunning: true });
await database.dataSource.runMigrations({ transaction: "each" });
const queue = await createSolveQueue(database.url, logger);
const notificationQueue = await createNotificationQueue(database.url, logger);
const mailTransport = await startNotificationWorker(notificationQueue, database.dataSource, logger, config);
const worker = await startSolveWorker(queue, database.dataSource, logger, config);
logger.info({ database: database.description, worker }, "solve worker ready");

const stop = async () => {
  await queue.stop();
  await notificationQueue.stop();
  mailTransport.close();
  await database.close();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
