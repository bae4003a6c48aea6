import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { findRunningEmbeddedServer, startEmbeddedServer } from "./embedded-server";

export interface OpenDatabase {
  dataSource: DataSource;
  /** The connection URL, for clients beside TypeORM (the job queue). */
  url: string;
  /** Where the database is, without the password, for logs. */
  description: string;
  close(): Promise<void>;
}

const describe = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.username}@${parsed.host}${parsed.pathname}`;
};

/**
 * Connects to DATABASE_URL when set; otherwise to the embedded server `npm start` is running (when
 * `mayReuseRunning`, as the CLI does), or starts the embedded server itself. One code path through
 * `pg` either way. Migrations are the caller's choice.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  options: { mayReuseRunning: boolean },
): Promise<OpenDatabase> {
  const reused =
    !config.databaseUrl && options.mayReuseRunning ? await findRunningEmbeddedServer(config.dataDirectory) : undefined;
  const embedded = config.databaseUrl || reused ? undefined : await startEmbeddedServer(config.dataDirectory, logger);
  const url = config.databaseUrl ?? reused ?? embedded!.url;
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new Error(`cannot connect to PostgreSQL at ${describe(url)}: ${(error as Error).message}`, { cause: error });
  }
  return {
    dataSource,
    url,
    description: `${describe(url)}${embedded ? " (embedded)" : reused ? " (embedded, shared with npm start)" : ""}`,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
