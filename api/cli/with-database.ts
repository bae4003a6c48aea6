import type { DataSource } from "typeorm";
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { openDatabase } from "../persistence/database";
import type { Logger } from "pino";

/**
 * Runs a command's work against the database: DATABASE_URL, else the embedded server `npm start`
 * is running, else an embedded server started (and stopped) for this command alone.
 */
export async function withDatabase<T>(work: (dataSource: DataSource, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const database = await openDatabase(config, logger, { mayReuseRunning: true });
  try {
    return await work(database.dataSource, logger);
  } finally {
    await database.close();
  }
}
