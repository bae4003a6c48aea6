import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { createDataSource } from "../../api/persistence/data-source";
import { startEmbeddedServer, type RunningDatabase } from "../../api/persistence/embedded-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** A fresh database for this run, migrated, with one organisation (the one requests act in). */
    databaseUrl: string;
    /** The server's maintenance database, for tests that create databases of their own. */
    adminDatabaseUrl: string;
  }
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

async function administer(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Uses DATABASE_URL's server when set (CI's PostgreSQL 15), else an embedded PostgreSQL in a
 * throwaway directory. Either way the run gets its own database, created here and dropped after,
 * so parallel files and leftovers of earlier runs cannot interfere.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: RunningDatabase | undefined;
  let embeddedDirectory: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embeddedDirectory = await mkdtemp(join(tmpdir(), "shiftcast-test-"));
    await chmod(embeddedDirectory, 0o755); // mkdtemp makes it 0700; the server runs as the postgres user when we are root
    embedded = await startEmbeddedServer(embeddedDirectory, pino({ level: "warn" }));
    adminUrl = embedded.url;
  }
  const database = `shiftcast_test_${process.pid}_${Date.now().toString(36)}`;
  await administer(adminUrl, `CREATE DATABASE "${database}"`);
  const databaseUrl = withDatabase(adminUrl, database);
  const dataSource = createDataSource(databaseUrl, { poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.query(
    `INSERT INTO "organisations" ("name", "time_zone") VALUES ('Test Organisation', 'America/New_York')`,
  );
  await dataSource.destroy();
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    await administer(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await embedded?.stop();
    if (embeddedDirectory) await rm(embeddedDirectory, { recursive: true, force: true });
  };
}
