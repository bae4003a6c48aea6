import type { DataSource } from "typeorm";

export interface HealthReport {
  status: "ok" | "degraded";
  version: string;
  database: { isReachable: boolean; serverVersion: string | null };
  migrations: { applied: string[]; pending: string[]; isUpToDate: boolean };
}

/** Reports whether the database answers and every listed migration has been applied. */
export function createHealthService(dataSource: DataSource, version: string) {
  return {
    async check(): Promise<HealthReport> {
      const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
      try {
        const [{ server_version: serverVersion }] = (await dataSource.query("SHOW server_version")) as Array<{
          server_version: string;
        }>;
        const rows = (await dataSource
          .query(`SELECT "name" FROM "migrations" ORDER BY "id"`)
          .catch(() => [])) as Array<{ name: string }>;
        const applied = rows.map((row) => row.name);
        const pending = known.filter((name) => !applied.includes(name));
        const isUpToDate = pending.length === 0;
        return {
          status: isUpToDate ? "ok" : "degraded",
          version,
          database: { isReachable: true, serverVersion },
          migrations: { applied, pending, isUpToDate },
        };
      } catch {
        return {
          status: "degraded",
          version,
          database: { isReachable: false, serverVersion: null },
          migrations: { applied: [], pending: known, isUpToDate: false },
        };
      }
    },
  };
}
