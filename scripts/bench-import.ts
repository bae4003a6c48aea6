/**
 * `npm run bench:import`: 1,000,000 helpdesk ticket rows (id, "Created at" in wall-clock time,
 * status, handle time) imported into PostgreSQL through the import service, as `cli import` and
 * `POST /api/queues/:id/history` do it: streamed into a worker thread that parses, validates and
 * buckets DST-correctly into 30-minute intervals in America/New_York, then the file's intervals
 * written in one transaction (a re-import replaces each of them). While it runs, the main thread's
 * event loop is sampled every 10 ms: its longest stall is what an HTTP worker would have made a
 * request wait. Then the write alone is timed, and each run prints the machine's load average, since
 * the parse (the same work in both runs) is what a shared machine's load stretches. Uses DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary
 * directory. Goal (issue 4): under 15 s. Prints figures; asserts nothing.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import pino from "pino";
import { createDataSource } from "../api/persistence/data-source";
import { createHistoryRepository } from "../api/persistence/repositories/history-repository";
import { startEmbeddedServer, type RunningDatabase } from "../api/persistence/embedded-server";
import { createServices } from "../api/services/services";
import { mulberry32 } from "../api/domain/random/seeded-random";
import { MS_PER_SECOND, SECONDS_PER_HOUR } from "../api/domain/time/durations";
import { addDays } from "../api/domain/time/local-date";

const TICKETS = 1_000_000;
const DAYS = 365;
const ZONE = "America/New_York";

/** Tickets spread over a year of local days, more in the daytime, in creation order as exports list them. */
async function writeTicketFile(path: string): Promise<void> {
  const random = mulberry32(2026);
  const out = createWriteStream(path);
  const perDay = TICKETS / DAYS;
  let written = 0;
  let buffer = "Ticket ID,Created at,Status,Handle time seconds\n";
  for (let day = 0; day < DAYS; day += 1) {
    const count = day === DAYS - 1 ? TICKETS - written : Math.round(perDay * (day + 1)) - written;
    const seconds = Array.from({ length: count }, () =>
      Math.floor(8 * SECONDS_PER_HOUR + ((random() + random() + random()) / 3) * 12 * SECONDS_PER_HOUR),
    ).sort((a, b) => a - b);
    const date = addDays("2025-01-01", day);
    for (const second of seconds) {
      const time = new Date(second * MS_PER_SECOND).toISOString().slice(11, 19);
      buffer += `${100000 + written},${date} ${time},solved,${Math.round(120 + random() * 600)}\n`;
      written += 1;
    }
    if (buffer.length < 1 << 20) continue;
    const isFlowing = out.write(buffer);
    buffer = "";
    if (!isFlowing) await once(out, "drain");
  }
  out.end(buffer);
  await once(out, "finish");
}

/** The longest gap between 10 ms timer ticks until `stop`, minus the 10 ms: how long the event loop was blocked. */
function sampleEventLoopStall(): { stop: () => number } {
  let last = performance.now();
  let longestMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last - 10);
    last = now;
  }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(longestMs, performance.now() - last - 10);
    },
  };
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), "shiftcast-bench-import-"));
  let embedded: RunningDatabase | undefined;
  try {
    const file = join(directory, "tickets.csv");
    let started = performance.now();
    await writeTicketFile(file);
    const bytes = (await stat(file)).size;
    console.log(
      `generated ${TICKETS.toLocaleString("en")} ticket rows (${(bytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    let url = process.env.DATABASE_URL;
    if (!url) {
      await chmod(directory, 0o755); // the server runs as the postgres user when we are root
      embedded = await startEmbeddedServer(join(directory, "data"), pino({ level: "warn" }));
      url = embedded.url;
    }
    const dataSource = createDataSource(url, { poolSize: 2 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    const [organisation] = (await dataSource.query(
      `INSERT INTO "organisations" ("name", "time_zone") VALUES ('Bench', $1) RETURNING "id"`,
      [ZONE],
    )) as Array<{ id: string }>;
    const services = createServices({ dataSource, version: "bench" });
    const actor = { kind: "system", organisationId: organisation.id } as const;
    const queue = await services.queues.create(actor, {
      name: `Bench ${Date.now()}`,
      channel: "voice",
      timeZone: ZONE,
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
    for (const run of ["first import", "re-import (replaces every interval)"]) {
      started = performance.now();
      const stall = sampleEventLoopStall();
      const report = await services.historyImport.importCsv(actor, queue.id, createReadStream(file), {
        skipInvalid: false,
        onDuplicate: "error",
        timestampColumn: "Created at",
      });
      const seconds = (performance.now() - started) / 1000;
      const longestStallMs = stall.stop();
      console.log(
        `${run}: ${report.importedRowCount.toLocaleString("en")} rows → ${report.intervalCount.toLocaleString("en")} intervals ` +
          `(${report.newIntervalCount.toLocaleString("en")} new, ${report.replacedIntervalCount.toLocaleString("en")} replaced; ${report.firstInterval?.localStart} … ${report.lastInterval?.localStart}), ` +
          `${report.warningCounts.nonexistentTimeRowCount + report.warningCounts.ambiguousTimeRowCount} DST rows, ` +
          `${seconds.toFixed(2)} s (${Math.round(report.importedRowCount / seconds).toLocaleString("en")} rows/s; goal < 15 s: ${seconds < 15 ? "met" : "NOT met"}); ` +
          `longest event-loop stall ${longestStallMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
    // The write alone, as the re-import does it (one INSERT … ON CONFLICT per 20,000 rows on the
    // primary key): what the re-import costs beyond the parse, which is the same work both times.
    const stored = await createHistoryRepository(dataSource).intervalsBetween(queue.id, null, null);
    started = performance.now();
    await dataSource.transaction((manager) => createHistoryRepository(manager).upsertIntervals(queue.id, stored));
    console.log(
      `of which the write: replacing ${stored.length.toLocaleString("en")} stored intervals takes ${(performance.now() - started).toFixed(0)} ms`,
    );
    await dataSource.query(`DELETE FROM "organisations" WHERE "id" = $1`, [organisation.id]);
    await dataSource.destroy();
  } finally {
    await embedded?.stop();
    await rm(directory, { recursive: true, force: true });
  }
}

await main();
