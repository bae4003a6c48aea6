import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { createSolveJobRepository } from "../persistence/repositories/solve-job-repository";
import { solveExecutors } from "./solve-executors";
import { createSolveRunner } from "./solve-runner";
import type { SolveQueue } from "./solve-queue";

/** Takes solve jobs from the queue in this process. */
export async function startSolveWorker(queue: SolveQueue, dataSource: DataSource, logger: Logger): Promise<void> {
  await queue.startWorker(createSolveRunner(createSolveJobRepository(dataSource), solveExecutors, logger));
}
