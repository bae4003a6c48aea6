import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createSolveJobRepository } from "../persistence/repositories/solve-job-repository";
import { solveExecutors } from "./solve-executors";
import { createSolveRunner, defaultSolveRunnerSettings } from "./solve-runner";
import type { SolveQueue } from "./solve-queue";

/** Takes solve jobs from the queue in this process, with heartbeats at the configured period; answers the name jobs know it by. */
export async function startSolveWorker(
  queue: SolveQueue,
  dataSource: DataSource,
  logger: Logger,
  config: Pick<Config, "solveHeartbeatSeconds" | "solveStaleSeconds">,
): Promise<string> {
  const settings = {
    ...defaultSolveRunnerSettings(),
    heartbeatSeconds: config.solveHeartbeatSeconds,
    staleSeconds: config.solveStaleSeconds,
  };
  await queue.startWorker(createSolveRunner(createSolveJobRepository(dataSource), solveExecutors, logger, settings));
  return settings.workerName;
}
