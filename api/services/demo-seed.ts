import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { demoVendor, generateDemoAgents } from "../domain/demo/demo-agents";
import { generateDemoHistory, type DemoHistoryInterval } from "../domain/demo/demo-history";
import { generateDemoActuals } from "../domain/demo/demo-actuals";
import type { QueueDraft } from "../domain/organisation/queue";
import { demoQueues } from "../domain/demo/demo-queues";
import { createSeededRandom } from "../domain/random/seeded-random";
import { addMonths } from "../domain/time/calendar-months";
import { DAYS_PER_WEEK } from "../domain/time/durations";
import { addDays, isoWeekday } from "../domain/time/local-date";
import { localDateOf, localMidnightUtcMs } from "../domain/time/local-day";
import { createPersistence, type Repositories } from "../persistence/repositories";
import { hashPassword } from "../infrastructure/crypto/password-hash";

export const demoOrganisationName = "Northwind Support";
const historyMonths = 18;
const actualsWeeks = 8;
const actualsSeed = 18;
const seed = 20_260_301;

/** The demo's sign-ins, printed by `npm start` and listed in the README. One shared demo password. */
export const demoPassword = "northwind-demo-2026";
export const demoLogins = [
  { email: "dana.director@northwind.example", displayName: "Dana Director", role: "director" },
  { email: "pat.planner@northwind.example", displayName: "Pat Planner", role: "planner" },
  { email: "vera.vendor@horizon-bpo.example", displayName: "Vera (Horizon BPO)", role: "vendor_manager" },
  { email: "agent.manila@horizon-bpo.example", displayName: "Manila agent", role: "agent", team: "Horizon Manila" },
  { email: "agent.newyork@northwind.example", displayName: "New York agent", role: "agent", team: "Voice NY" },
] as const;

async function seedDemoUsers(
  repositories: Repositories,
  organisationId: string,
  agentIdByTeam: Map<string, string>,
): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  for (const login of demoLogins) {
    const agentId = "team" in login ? (agentIdByTeam.get(login.team) ?? null) : null;
    const vendor = login.role === "vendor_manager" || login.email.endsWith("horizon-bpo.example") ? demoVendor : null;
    await repositories.users.create({
      organisationId,
      email: login.email,
      displayName: login.displayName,
      role: login.role,
      vendor,
      agentId,
      displayTimeZone: null,
      passwordHash,
    });
  }
}

/** The last weeks of history also have actuals (from their own random stream, so the rest of the demo is as before). */
async function seedDemoActuals(
  repositories: Repositories,
  queueId: string,
  draft: QueueDraft,
  rows: DemoHistoryInterval[],
  importedAt: Date,
): Promise<void> {
  const { intervals, days } = generateDemoActuals(rows, draft, createSeededRandom(actualsSeed + rows.length));
  const importId = await repositories.actuals.recordImport(queueId, {
    importedBy: null,
    importedAt,
    shape: "interval-actuals",
    rowCount: intervals.length,
    intervalCount: intervals.length,
  });
  await repositories.actuals.upsertIntervals(queueId, importId, intervals);
  await repositories.actuals.upsertDays(queueId, importId, days);
}

/**
 * Creates the demo organisation on an empty database: three queues with 18 months of history per interval
 * up to the start of `asOf`'s week, about 60 current agents and the agents who left. Deterministic for
 * a given `asOf` date. Does nothing when any organisation exists, so a second start reuses the data.
 */
export async function seedDemoOrganisationIfEmpty(
  dataSource: DataSource,
  logger: Logger,
  asOf: Date,
): Promise<boolean> {
  const persistence = createPersistence(dataSource);
  if (await persistence.repositories.organisations.findDefault()) return false;
  const startedAt = performance.now();
  const today = localDateOf(asOf.getTime(), "America/New_York");
  const random = createSeededRandom(seed);
  await persistence.inTransaction(async (repositories) => {
    const organisation = await repositories.organisations.create({
      name: demoOrganisationName,
      timeZone: "America/New_York",
    });
    const queueIdByName = new Map<string, string>();
    for (const { draft, profile } of demoQueues) {
      const queue = await repositories.queues.create(organisation.id, draft);
      queueIdByName.set(queue.name, queue.id);
      const weekStartDate = addDays(today, 1 - isoWeekday(today));
      const period = { fromDate: addMonths(weekStartDate, -historyMonths), toDate: weekStartDate };
      const openWindows = draft.channel === "email" ? null : draft.businessHours;
      const rows = generateDemoHistory(profile, draft.timeZone, openWindows, draft.intervalMinutes, period, random);
      const weekStartMs = localMidnightUtcMs(weekStartDate, draft.timeZone);
      await repositories.history.replaceRange(queue.id, new Date(0), new Date(weekStartMs), rows);
      const actualsFromMs = localMidnightUtcMs(addDays(weekStartDate, -actualsWeeks * DAYS_PER_WEEK), draft.timeZone);
      await seedDemoActuals(
        repositories,
        queue.id,
        draft,
        rows.filter((row) => row.intervalStart.getTime() >= actualsFromMs),
        new Date(weekStartMs),
      );
    }
    const firstCurrentAgentOfTeam = new Map<string, string>();
    for (const agent of generateDemoAgents(today, historyMonths, random)) {
      const skillQueueIds = agent.skillQueueIds.map((name) => queueIdByName.get(name)!);
      const created = await repositories.agents.create(organisation.id, { ...agent, skillQueueIds });
      if (created.endDate === null && !firstCurrentAgentOfTeam.has(created.team))
        firstCurrentAgentOfTeam.set(created.team, created.id);
    }
    await seedDemoUsers(repositories, organisation.id, firstCurrentAgentOfTeam);
  });
  logger.info(
    { organisation: demoOrganisationName, seconds: Number(((performance.now() - startedAt) / 1000).toFixed(2)) },
    "seeded the demo organisation",
  );
  return true;
}
