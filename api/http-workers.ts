import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import type { CacheNotice } from "./infrastructure/cache/cache-notices";

/**
 * What an HTTP worker tells the main process (its port, that it waits for the database, a cache
 * notice), and what the main process tells a worker (the database's URL, another worker's notice).
 */
export type WorkerMessage =
  | { shiftcast: "listening"; port: number }
  | { shiftcast: "cache-notice"; notice: CacheNotice }
  | { shiftcast: "database-wanted" }
  | { shiftcast: "database"; url: string };

export const isWorkerMessage = (message: unknown): message is WorkerMessage =>
  typeof message === "object" && message !== null && "shiftcast" in message;

export interface HttpWorkers {
  /** The port every worker listens on, once all have started; rejects if one fails to start. */
  listening: Promise<number>;
  /** Hands the workers the database, once migrated and seeded: only then do they connect and serve. */
  useDatabase(url: string): void;
  /** Asks every worker to stop (each closes its HTTP server and pool) and waits for them to exit. */
  stop(): Promise<void>;
}

/**
 * Forks `count` processes that serve HTTP on one shared port (node:cluster hands each connection to
 * one of them), so the API uses more than one core. The main process keeps the database, migrations,
 * the seed and the solve worker. The workers start at once and load their code while the main process
 * readies the database; each asks for it and gets its URL when `useDatabase` is called. A worker that fails after starting is replaced; one that exits with
 * 0 stopped on purpose (Ctrl-C reaches every process of the group). A worker's cache notices (a
 * publish, a revoked token) are passed to the others, so their caches forget too.
 */
export function startHttpWorkers(count: number, logger: Logger): HttpWorkers {
  let isStopping = false;
  let databaseUrl: string | undefined;
  const workers = new Set<Worker>();
  const waitingForDatabase = new Set<Worker>();
  let onListening: (port: number) => void;
  let onStartFailed: (error: Error) => void;
  const listening = new Promise<number>((resolve, reject) => {
    onListening = resolve;
    onStartFailed = reject;
  });
  // Awaited only once the database is ready: a worker failing before that must not be an unhandled rejection.
  listening.catch(() => undefined);
  let startedCount = 0;

  const fork = (): void => {
    const worker = cluster.fork();
    let hasStarted = false;
    workers.add(worker);
    worker.on("message", (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.shiftcast === "listening") {
        hasStarted = true;
        startedCount += 1;
        if (startedCount === count) onListening(message.port);
      } else if (message.shiftcast === "database-wanted") {
        if (databaseUrl === undefined) waitingForDatabase.add(worker);
        else worker.send({ shiftcast: "database", url: databaseUrl } satisfies WorkerMessage);
      } else if (message.shiftcast === "cache-notice") {
        for (const other of workers) if (other !== worker && other.isConnected()) other.send(message);
      }
    });
    worker.on("exit", (code, signal) => {
      workers.delete(worker);
      waitingForDatabase.delete(worker);
      if (isStopping || code === 0) return;
      if (!hasStarted) {
        onStartFailed(new Error(`an HTTP worker exited with ${code ?? signal} while starting`));
        return;
      }
      logger.error({ code, signal }, "an HTTP worker stopped; starting another");
      fork();
    });
  };
  for (let index = 0; index < count; index += 1) fork();

  return {
    listening,
    useDatabase(url) {
      databaseUrl = url;
      for (const worker of waitingForDatabase)
        if (worker.isConnected()) worker.send({ shiftcast: "database", url } satisfies WorkerMessage);
      waitingForDatabase.clear();
    },
    async stop() {
      isStopping = true;
      await Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<void>((done) => {
              if (worker.isDead()) return done();
              worker.once("exit", () => done());
              worker.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
