import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../api/persistence/data-source";

async function administer(statement: string): Promise<void> {
  const client = new pg.Client(inject("adminDatabaseUrl"));
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/**
 * A database of this file's own, migrated, with one organisation, for tests that look at every
 * table: the run's shared database is written by the other files at the same time.
 */
export function useOwnDatabase(label: string): () => DataSource {
  const database = `shiftcast_${label}_${process.pid}_${Date.now().toString(36)}`;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    await administer(`CREATE DATABASE "${database}"`);
    const url = new URL(inject("adminDatabaseUrl"));
    url.pathname = `/${database}`;
    dataSource = createDataSource(url.toString(), { poolSize: 4 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    await dataSource.query(
      `INSERT INTO "organisations" ("name", "time_zone") VALUES ('Fuzz Organisation', 'Europe/London')`,
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await administer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });
  return () => {
    if (!dataSource) throw new Error("the database is used before beforeAll ran");
    return dataSource;
  };
}
