import type { Command } from "commander";
import { seedDemoOrganisationIfEmpty } from "../../services/demo-seed";
import { withDatabase } from "../with-database";

export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description("create the demo organisation (Northwind Support) when the database has no organisation")
    .action(async () => {
      const isSeeded = await withDatabase(async (dataSource, logger) => {
        await dataSource.runMigrations({ transaction: "each" });
        return seedDemoOrganisationIfEmpty(dataSource, logger, new Date());
      });
      process.stdout.write(`${JSON.stringify({ isSeeded })}\n`);
    });
}
