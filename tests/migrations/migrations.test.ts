import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDataSource, migrations } from "../../api/persistence/data-source";

const database = `shiftcast_migrations_${process.pid}_${Date.now().toString(36)}`;

async function administer(statement: string): Promise<void> {
  const client = new pg.Client(inject("adminDatabaseUrl"));
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

const urlOf = () => {
  const url = new URL(inject("adminDatabaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
};

describe("migrations", () => {
  beforeAll(() => administer(`CREATE DATABASE "${database}"`));
  afterAll(() => administer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

  it("apply to an empty database, match the entities exactly, and roll back to nothing", async () => {
    const dataSource = createDataSource(urlOf(), { poolSize: 1 });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: "each" });
      expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));

      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((query) => query.query)).toEqual([]);

      for (let index = 0; index < migrations.length; index += 1)
        await dataSource.undoLastMigration({ transaction: "each" });
      const tables = (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      )) as Array<{ table_name: string }>;
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
