import "reflect-metadata";
import cluster from "node:cluster";
import type { Server } from "node:http";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import { ConfigError, loadConfig, type Config } from "./config";
import { isWorkerMessage, startHttpWorkers, type HttpWorkers, type WorkerMessage } from "./http-workers";
import { createLogger } from "./logger";
import { startSolveWorker } from "./jobs/solve-worker";
import { createSolveQueue, type SolveQueue } from "./jobs/solve-queue";
import { createNotificationQueue, type NotificationQueue } from "./jobs/notification-queue";
import { startNotificationWorker } from "./jobs/notification-worker";
import { startWorkerPool, stopWorkerPool } from "./infrastructure/workers/worker-pool";
import { openDatabase, type OpenDatabase } from "./persistence/database";
import { demoLogins, demoPassword, seedDemoOrganisationIfEmpty } from "./services/demo-seed";
import { connectCacheNotices } from "./infrastructure/cache/cache-notices";
import { appVersion } from "./version";

const clientDirectory = fileURLToPath(new URL("../client/dist", import.meta.url));

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`shiftcast: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  /** What is running so far, for an orderly stop at any point of start-up. */
  const running: {
    database?: OpenDatabase;
    server?: Server;
    solveQueue?: SolveQueue;
    notificationQueue?: NotificationQueue;
    workers?: HttpWorkers;
  } = {};
  let isStopping = false;

  const stop = async (reason: string, exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ reason }, "shutting down");
    const forceExit = setTimeout(() => process.exit(exitCode || 1), 15_000).unref();
    const { server, database, solveQueue, notificationQueue, workers } = running;
    if (server) {
      server.closeIdleConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
    await workers?.stop();
    await stopWorkerPool();
    await solveQueue?.stop().catch((error: unknown) => logger.error({ err: error }, "stopping the job queue failed"));
    await notificationQueue
      ?.stop()
      .catch((error: unknown) => logger.error({ err: error }, "stopping the notification queue failed"));
    await database?.close().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
    clearTimeout(forceExit);
    logger.info("stopped");
    process.exit(exitCode);
  };
  process.once("SIGINT", () => void stop("SIGINT", 0));
  process.once("SIGTERM", () => void stop("SIGTERM", 0));
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception");
    void stop("uncaught exception", 1);
  });

  if (cluster.isWorker) {
    // The main process is gone (killed, crashed): nobody would stop this worker otherwise.
    process.once("disconnect", () => void stop("main process gone", 0));
    await serveHttp(config, logger, running).catch(async (error: unknown) => {
      logger.fatal({ err: error }, "HTTP worker failed to start");
      await stop("start-up failed", 1);
    });
    return;
  }

  try {
    // The HTTP workers load their code meanwhile, and connect once the database is migrated and seeded.
    if (config.httpWorkers > 1) running.workers = startHttpWorkers(config.httpWorkers, logger);
    const database = await openDatabase(config, logger, { mayReuseRunning: false });
    running.database = database;
    const applied = await database.dataSource.runMigrations({ transaction: "each" });
    logger.info(
      { database: database.description, migrationsApplied: applied.map((migration) => migration.name) },
      "database ready",
    );
    if (config.seedDemo) await seedDemoOrganisationIfEmpty(database.dataSource, logger, new Date());
    const solveQueue = await createSolveQueue(database.url, logger);
    running.solveQueue = solveQueue;
    if (config.isInProcessWorker) await startSolveWorker(solveQueue, database.dataSource, logger, config);
    const notificationQueue = await createNotificationQueue(database.url, logger);
    running.notificationQueue = notificationQueue;
    if (config.isInProcessWorker) await startNotificationWorker(notificationQueue, database.dataSource, logger, config);
    let port: number;
    if (running.workers) {
      running.workers.useDatabase(database.url);
      port = await running.workers.listening;
    } else {
      running.server = await serveApi(
        config,
        logger,
        database,
        { solveQueue, notificationQueue },
        availableParallelism(),
      );
      port = await listening(running.server, config.port);
    }
    const seconds = (performance.now() / 1000).toFixed(1);
    const logins = config.seedDemo
      ? `\nDemo sign-ins (password ${demoPassword}):\n${demoLogins.map((login) => `  ${login.role.padEnd(15)} ${login.email}`).join("\n")}\n`
      : "";
    const processes = config.httpWorkers > 1 ? `; ${config.httpWorkers} HTTP workers` : "";
    process.stderr.write(
      `\nShiftcast is running at http://localhost:${port} (ready in ${seconds} s; database ${database.description}${processes})\n${logins}Press Ctrl-C to stop.\n\n`,
    );
  } catch (error) {
    process.stderr.write(`shiftcast: failed to start: ${(error as Error).message}\n`);
    logger.fatal({ err: error }, "failed to start");
    await stop("start-up failed", 1);
  }
}

async function listening(server: Server, configuredPort: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const address = server.address();
  return typeof address === "object" && address ? address.port : configuredPort;
}

/**
 * The app (Express, the routes, the services), imported when needed, not at the top: the main process
 * of a server with HTTP workers never serves, so its start-up, which the workers wait for, skips it.
 */
const loadApi = () =>
  Promise.all([import("./app"), import("./services/services"), import("./infrastructure/mail/create-mailer")]);

/** The API on `database`, with a warm worker pool of `poolThreads` threads. */
async function serveApi(
  config: Config,
  logger: Logger,
  database: OpenDatabase,
  queues: { solveQueue: SolveQueue; notificationQueue: NotificationQueue },
  poolThreads: number,
): Promise<Server> {
  const [{ createApp }, { createServices }, { createMailer }] = await loadApi();
  startWorkerPool(poolThreads);
  const services = createServices({
    dataSource: database.dataSource,
    version: appVersion,
    ...queues,
    mailer: createMailer(config, logger),
  });
  return createApp({ services, logger, version: appVersion, clientDirectory }).listen(config.port, config.host);
}

/**
 * An HTTP worker (node:cluster): the API on the main process's database (its URL comes by message), without
 * migrations, seed or solve worker, listening on the port the workers share, with its share of the
 * worker pool's threads. It tells the main process its port, and its cache notices go to the other
 * workers through it.
 */
async function serveHttp(
  config: Config,
  logger: Logger,
  running: { database?: OpenDatabase; server?: Server; solveQueue?: SolveQueue; notificationQueue?: NotificationQueue },
): Promise<void> {
  // Load the app while the main process readies the database; serveApi awaits the same modules (and any failure).
  loadApi().catch(() => undefined);
  const tell = (message: WorkerMessage) => process.send?.(message);
  const receive = connectCacheNotices((notice) => tell({ shiftcast: "cache-notice", notice }));
  const databaseUrl = new Promise<string>((resolve) => {
    process.on("message", (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.shiftcast === "cache-notice") receive(message.notice);
      if (message.shiftcast === "database") resolve(message.url);
    });
  });
  tell({ shiftcast: "database-wanted" });
  const database = await openDatabase({ ...config, databaseUrl: await databaseUrl }, logger, {
    mayReuseRunning: false,
  });
  running.database = database;
  // Both queues start at once: each pg-boss start checks its schema, and the workers' start-up is waited for.
  const [solveQueue, notificationQueue] = await Promise.all([
    createSolveQueue(database.url, logger),
    createNotificationQueue(database.url, logger),
  ]);
  running.solveQueue = solveQueue;
  running.notificationQueue = notificationQueue;
  // The HTTP workers share the cores: together their pools have one thread per core.
  running.server = await serveApi(
    config,
    logger,
    database,
    { solveQueue, notificationQueue },
    Math.floor(availableParallelism() / config.httpWorkers),
  );
  tell({ shiftcast: "listening", port: await listening(running.server, config.port) });
}

main().catch((error: unknown) => {
  process.stderr.write(`shiftcast: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
