import type { Command } from "commander";
import { withDatabase } from "../with-database";

export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (or --revert the last one); prints the names as JSON")
    .option("--revert", "undo the most recently applied migration")
    .action(async (options: { revert?: boolean }) => {
      const names = await withDatabase(async (dataSource) => {
        if (!options.revert)
          return (await dataSource.runMigrations({ transaction: "each" })).map((migration) => migration.name);
        const [last] = (await dataSource.query(`SELECT "name" FROM "migrations" ORDER BY "id" DESC LIMIT 1`)) as Array<{
          name: string;
        }>;
        await dataSource.undoLastMigration({ transaction: "each" });
        return last ? [last.name] : [];
      });
      process.stdout.write(`${JSON.stringify({ [options.revert ? "reverted" : "applied"]: names })}\n`);
    });
}
