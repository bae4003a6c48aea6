import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import type { CacheNotice } from "./services/cache-notices";

/** What an HTTP worker tells the main process, and what the main process passes on to the other workers. */
export type WorkerMessage = { shiftcast: "listening"; port: number } | { shiftcast: "cache-notice"; notice: CacheNotice };

export const isWorkerMessage = (message: unknown): message is WorkerMessage =>
  typeof message === "object" && message !== null && "shiftcast" in message;

export interface HttpWorkers {
  /** The port every worker listens on, once all have started; rejects if one fails to start. */
  listening: Promise<number>;
  /** Asks every worker to stop (each closes its HTTP server and pool) and waits for them to exit. */
  stop(): Promise<void>;
}

/**
 * Forks `count` processes that serve HTTP on one shared port (node:cluster hands each connection to
 * one of them), so the API uses more than one core. The main process keeps the database, migrations,
 * the seed and the solve worker. A worker that fails after starting is replaced; one that exits with
 * 0 stopped on purpose (Ctrl-C reaches every process of the group). A worker's cache notices (a
 * publish, a revoked token) are passed to the others, so their caches forget too.
 */
export function startHttpWorkers(count: number, environment: NodeJS.ProcessEnv, logger: Logger): HttpWorkers {
  let isStopping = false;
  const workers = new Set<Worker>();
  let onListening: (port: number) => void;
  let onStartFailed: (error: Error) => void;
  const listening = new Promise<number>((resolve, reject) => {
    onListening = resolve;
    onStartFailed = reject;
  });
  let startedCount = 0;

  const fork = (): void => {
    const worker = cluster.fork(environment);
    let hasStarted = false;
    workers.add(worker);
    worker.on("message", (message: unknown) => {
      if (!isWorkerMessage(message)) return;
      if (message.shiftcast === "listening") {
        hasStarted = true;
        startedCount += 1;
        if (startedCount === count) onListening(message.port);
      } else {
        for (const other of workers) if (other !== worker && other.isConnected()) other.send(message);
      }
    });
    worker.on("exit", (code, signal) => {
      workers.delete(worker);
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
