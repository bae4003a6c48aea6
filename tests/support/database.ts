import { afterAll, beforeAll, inject } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../api/persistence/data-source";

/** A DataSource on this run's test database for the current file, opened before and closed after its tests. */
export function useTestDataSource(): () => DataSource {
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    dataSource = createDataSource(inject("databaseUrl"), { poolSize: 4 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });
  return () => {
    if (!dataSource) throw new Error("the test DataSource is used before beforeAll ran");
    return dataSource;
  };
}
