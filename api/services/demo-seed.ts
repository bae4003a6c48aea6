import { DateTime } from "luxon";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { generateDemoAgents } from "../domain/demo/demo-agents";
import { generateDemoHistory } from "../domain/demo/demo-history";
import { demoQueues } from "../domain/demo/demo-queues";
import { createSeededRandom } from "../domain/demo/seeded-random";
import { createPersistence } from "../persistence/repositories";

export const demoOrganisationName = "Northwind Support";
const historyMonths = 18;
const seed = 20_260_301;

/**
 * Creates the demo organisation on an empty database: three queues with 18 months of hourly history
 * up to the start of `asOf`'s week, about 60 current agents and the agents who left. Deterministic for
 * a given `asOf` date. Does nothing when any organisation exists, so a second start reuses the data.
 */
export async function seedDemoOrganisationIfEmpty(dataSource: DataSource, logger: Logger, asOf: Date): Promise<boolean> {
  const persistence = createPersistence(dataSource);
  if (await persistence.repositories.organisations.findDefault()) return false;
  const startedAt = performance.now();
  const today = DateTime.fromJSDate(asOf, { zone: "America/New_York" }).toISODate()!;
  const random = createSeededRandom(seed);
  await persistence.inTransaction(async (repositories) => {
    const organisation = await repositories.organisations.create({ name: demoOrganisationName, timeZone: "America/New_York" });
    const queueIdByName = new Map<string, string>();
    for (const { draft, profile } of demoQueues) {
      const queue = await repositories.queues.create(organisation.id, draft);
      queueIdByName.set(queue.name, queue.id);
      const weekStart = DateTime.fromISO(today, { zone: draft.timeZone }).startOf("week");
      const period = { fromDate: weekStart.minus({ months: historyMonths }).toISODate()!, toDate: weekStart.toISODate()! };
      const openWindows = draft.channel === "email" ? null : draft.businessHours;
      const rows = generateDemoHistory(profile, draft.timeZone, openWindows, period, random);
      await repositories.history.replaceRange(queue.id, new Date(0), weekStart.toJSDate(), rows);
    }
    for (const agent of generateDemoAgents(today, historyMonths, random)) {
      const skillQueueIds = agent.skillQueueIds.map((name) => queueIdByName.get(name)!);
      await repositories.agents.create(organisation.id, { ...agent, skillQueueIds });
    }
  });
  logger.info({ organisation: demoOrganisationName, seconds: Number(((performance.now() - startedAt) / 1000).toFixed(2)) }, "seeded the demo organisation");
  return true;
}
