/**
 * `npm run bench:notifications`: a publish that changes the shifts of 2,000 agents (the first publish
 * of a 2,000-agent week: every shift is new to its agent), timed from the publish call until its
 * messages are queued (the ledger rows, 2,000 in-app messages written in each agent's zone, 20 pg-boss
 * jobs), and until an SMTP server (smtp-server, in this process, on 127.0.0.1) has accepted all 2,000
 * e-mails from the notification worker (also in this process, as `npm start`'s in-process worker).
 * Goals (issue 14): enqueue ≤ 5 s, delivered ≤ 60 s. Prints the times, the messages counted, the
 * process's peak RSS and the load average; asserts nothing. Uses a fresh database on DATABASE_URL's
 * server when set (dropped after), else an embedded PostgreSQL in a temporary directory.
 */
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import { SMTPServer } from "smtp-server";
import { createNotificationQueue } from "../api/jobs/notification-queue";
import { startNotificationWorker } from "../api/jobs/notification-worker";
import { createDataSource } from "../api/persistence/data-source";
import { startEmbeddedServer, type RunningDatabase } from "../api/persistence/embedded-server";
import { createPersistence } from "../api/persistence/repositories";
import { createServices } from "../api/services/services";
import { MS_PER_DAY, MS_PER_HOUR } from "../api/domain/time/durations";

const AGENTS = 2_000;
const zones = ["America/New_York", "Europe/London", "Asia/Manila", "Africa/Johannesburg", "Australia/Sydney"];

async function administer(url: string, statement: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** An SMTP server that accepts everything and calls `onMessage` with the count so far. */
async function startSink(onMessage: (count: number) => void): Promise<{ url: string; close: () => Promise<void> }> {
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        count += 1;
        callback();
        onMessage(count);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), "shiftcast-bench-notify-"));
  let embedded: RunningDatabase | undefined;
  const serverUrl = process.env.DATABASE_URL;
  const database = `shiftcast_bench_notify_${process.pid}`;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    let url: string;
    if (serverUrl) {
      await administer(serverUrl, `CREATE DATABASE "${database}"`);
      const target = new URL(serverUrl);
      target.pathname = `/${database}`;
      url = target.toString();
    } else {
      await chmod(directory, 0o755); // the server runs as the postgres user when we are root
      embedded = await startEmbeddedServer(join(directory, "data"), pino({ level: "warn" }));
      url = embedded.url;
    }
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const logger = pino({ level: "warn" });
    const [organisation] = (await dataSource.query(
      `INSERT INTO "organisations" ("name", "time_zone") VALUES ('Bench', 'UTC') RETURNING "id"`,
    )) as Array<{ id: string }>;
    const actor = { kind: "system", organisationId: organisation!.id } as const;

    let delivered = 0;
    let allDelivered: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (allDelivered = resolve));
    const sink = await startSink((count) => {
      delivered = count;
      if (count === AGENTS) allDelivered();
    });
    const notificationQueue = await createNotificationQueue(url, logger);
    const transport = await startNotificationWorker(notificationQueue, dataSource, logger, {
      smtpUrl: sink.url,
      mailFrom: "Shiftcast <bench@localhost>",
      mailDirectory: undefined,
    });
    const services = createServices({ dataSource, version: "bench", notificationQueue });

    const queue = await services.queues.create(actor, {
      name: "Bench voice",
      channel: "voice",
      timeZone: "UTC",
      intervalMinutes: 30,
      priorityWeight: 1,
      targetServiceLevel: 0.8,
      targetAnswerSeconds: 20,
      targetAsaSeconds: null,
      ahtSeconds: 300,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      patienceSeconds: null,
      concurrency: null,
      targetResponseHours: null,
      targetResponseFraction: null,
      businessHours: [],
    });
    const agentRows = Array.from({ length: AGENTS }, (_, index) => ({
      name: `Agent ${index + 1}`,
      email: `agent-${index + 1}-${randomUUID().slice(0, 6)}@bench.example`,
      time_zone: zones[index % zones.length],
    }));
    const agentIds = (
      (await dataSource.query(
        `INSERT INTO "agents" ("organisation_id", "name", "email", "team", "time_zone", "attrition_cohort", "tags", "hire_date", "min_minutes_per_week", "max_minutes_per_week", "max_shifts_per_week", "shift_lengths_minutes", "availability")
       SELECT $1, r."name", r."email", 'Bench', r."time_zone", 'in-house', '{}', '2025-01-06', 0, 2400, 5, '{480}', '[]'
         FROM jsonb_to_recordset($2::jsonb) AS r("name" text, "email" text, "time_zone" text) RETURNING "id"`,
        [organisation!.id, JSON.stringify(agentRows)],
      )) as Array<{ id: string }>
    ).map((row) => row.id);
    const weekStart = Math.floor(Date.now() / MS_PER_DAY) * MS_PER_DAY + 7 * MS_PER_DAY;
    const schedule = await services.schedules.create(actor, {
      name: "Bench week",
      periodStart: new Date(weekStart).toISOString(),
      periodEnd: new Date(weekStart + 7 * MS_PER_DAY).toISOString(),
      queueIds: [queue.id],
      minRestMinutes: 660,
    });
    const persistence = createPersistence(dataSource);
    const version = (await persistence.repositories.schedules.findVersion(schedule.id, 1))!;
    await persistence.repositories.schedules.insertShifts(
      version.id,
      agentIds.flatMap((agentId, index) =>
        [0, 1, 2, 3, 4].map((dayIndex) => {
          const start = weekStart + dayIndex * MS_PER_DAY + (index % 16) * 1_800_000;
          return {
            shiftKey: randomUUID(),
            agentId,
            queueIds: [queue.id],
            startUtc: new Date(start).toISOString(),
            endUtc: new Date(start + 8 * MS_PER_HOUR).toISOString(),
            breaks: [],
            sequence: 0,
          };
        }),
      ),
    );
    console.log(
      `${AGENTS.toLocaleString("en")} agents with ${(AGENTS * 5).toLocaleString("en")} shifts in a draft week; publishing it`,
    );

    const started = performance.now();
    await services.schedules.publish(actor, schedule.id, 1, { note: "Your first week" });
    const enqueueSeconds = (performance.now() - started) / 1000;
    const [counts] = (await dataSource.query(
      `SELECT (SELECT count(*)::int FROM "schedule_changes") AS "changes", (SELECT count(*)::int FROM "notifications") AS "messages", (SELECT count(*)::int FROM "pgboss"."job" WHERE "name" = 'notify') AS "jobs"`,
    )) as Array<{ changes: number; messages: number; jobs: number }>;
    console.log(
      `publish → enqueued: ${enqueueSeconds.toFixed(2)} s (goal ≤ 5 s: ${enqueueSeconds <= 5 ? "met" : "NOT met"}); ${counts!.changes.toLocaleString("en")} ledger rows, ${counts!.messages.toLocaleString("en")} messages, ${counts!.jobs} delivery jobs`,
    );
    const timeout = setTimeout(() => allDelivered(), 300_000);
    await done;
    clearTimeout(timeout);
    const deliveredSeconds = (performance.now() - started) / 1000;
    // The last accepted messages' deliveries commit just after the server's reply.
    const recordedCount = async () =>
      (
        (await dataSource.query(`SELECT count(*)::int AS "count" FROM "notification_deliveries"`)) as Array<{
          count: number;
        }>
      )[0]!.count;
    const recordedBy = Date.now() + 10_000;
    while ((await recordedCount()) < delivered && Date.now() < recordedBy)
      await new Promise((resume) => setTimeout(resume, 50));
    const recorded = { count: await recordedCount() };
    console.log(
      `publish → delivered: ${delivered.toLocaleString("en")} e-mails accepted by the SMTP server in ${deliveredSeconds.toFixed(2)} s (goal ≤ 60 s: ${delivered === AGENTS && deliveredSeconds <= 60 ? "met" : "NOT met"}); ` +
        `${recorded.count.toLocaleString("en")} deliveries recorded`,
    );
    console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; load average ${loadavg()[0]!.toFixed(1)}`);
    await notificationQueue.stop();
    transport.close();
    await sink.close();
    await dataSource.destroy();
  } finally {
    clearInterval(sampler);
    if (serverUrl) await administer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await embedded?.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

await main();
