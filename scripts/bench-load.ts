import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import pg from "pg";
import { MINUTES_PER_HOUR, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from "../api/domain/time/durations";
import { addDays, isoWeekday, toEpochDay } from "../api/domain/time/local-date";
import { localDateOf, localEpochDayOf } from "../api/domain/time/local-day";
import { wallClockInstantMs } from "../api/domain/time/wall-clock";
import { demoLogins, demoPassword } from "../api/services/demo-seed";
import { startServerProcess } from "../tests/support/server-process";

/**
 * `npm run bench:load [-- --seconds 30 --soak-seconds 0 --agents 300 --http-workers 4 --postgres URL]`:
 * autocannon with 50 connections (two load threads) against the agent's own-shifts endpoint and the director's roster
 * week endpoint, on the demo data grown to `--agents` current agents (copies of the demo agents,
 * imported as CSV) with a published week of shifts for every one of them. The server runs as
 * `npm start` does with `--http-workers` HTTP workers, on the embedded PostgreSQL, or with
 * `--postgres postgres://user@host:5432/db` on a fresh database created on that server (and dropped
 * after). Prints req/s, p50/p99 latency, errors, the machine's load average, and the server's resident
 * memory (main process + HTTP workers) before and after (flat memory is the soak's point).
 */
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const textArgument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const seconds = argument("seconds", 30);
const soakSeconds = argument("soak-seconds", 0);
const agentCount = argument("agents", 300);
const httpWorkers = argument("http-workers", 4);
const postgresUrl = textArgument("postgres");
const loadAverage = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`;

const residentMegabytesOf = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const nodeChildrenOf = (pid: number) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
    .split(" ")
    .filter(Boolean)
    .map(Number)
    .filter((child) => readFileSync(`/proc/${child}/comm`, "utf8").trim() === "node");
/** The server's resident memory: the main process and its HTTP workers (node:cluster; not the embedded PostgreSQL), each in MiB. */
const residentMemory = (pid: number) => {
  const each = [pid, ...nodeChildrenOf(pid)].map(residentMegabytesOf);
  return `${each.reduce((sum, value) => sum + value, 0).toFixed(0)} MiB (${each.map((value) => value.toFixed(0)).join(" + ")})`;
};

async function signIn(base: string, email: string): Promise<string> {
  const session = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const cookie = session.headers.get("set-cookie")!.split(";")[0]!;
  const token = await fetch(`${base}/api/me/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrfToken },
    body: JSON.stringify({ name: "bench" }),
  });
  return `Bearer ${((await token.json()) as { token: string }).token}`;
}

async function api<T>(base: string, authorization: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: authorization, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Copies of the demo agents (their zones, skills, contracts, availability) under new names, until `count` agents are current. */
async function growAgents(base: string, director: string, count: number): Promise<number> {
  const response = await fetch(`${base}/api/agents/export`, { headers: { Authorization: director } });
  const rows = parse(await response.text(), { columns: true }) as Array<Record<string, string>>;
  const current = rows.filter((row) => row.end_date === "" || row.end_date! > localDateOf(Date.now(), "UTC"));
  const copies = Array.from({ length: Math.max(0, count - current.length) }, (_, index) => {
    const number = String(index + 1).padStart(3, "0");
    return {
      ...current[index % current.length]!,
      name: `Load Agent ${number}`,
      email: `load.agent.${number}@northwind.example`,
    };
  });
  if (copies.length === 0) return current.length;
  const imported = await fetch(`${base}/api/agents/import`, {
    method: "POST",
    headers: { Authorization: director, "Content-Type": "text/csv" },
    body: stringify(copies, { header: true }),
  });
  if (!imported.ok) throw new Error(`agent import: ${imported.status} ${await imported.text()}`);
  return current.length + copies.length;
}

/** A published week: Monday–Friday 09:00–17:00 in each current agent's own zone, on their first skill. */
async function publishWeek(base: string, director: string): Promise<{ scheduleId: string; from: string; to: string }> {
  const today = localDateOf(Date.now(), "UTC");
  const mondayDate = addDays(today, 8 - isoWeekday(today));
  const mondayMs = toEpochDay(mondayDate) * MS_PER_DAY;
  const { queues } = await api<{ queues: Array<{ id: string }> }>(base, director, "GET", "/api/queues");
  const { agents: all } = await api<{
    agents: Array<{ id: string; timeZone: string; skillQueueIds: string[]; endDate: string | null }>;
  }>(base, director, "GET", "/api/agents");
  const agents = all.filter((agent) => agent.endDate === null || agent.endDate > mondayDate);
  const period = {
    periodStart: new Date(mondayMs).toISOString(),
    periodEnd: new Date(mondayMs + 8 * MS_PER_DAY).toISOString(),
    queueIds: queues.map((queue) => queue.id),
    name: "Load test week",
  };
  const schedule = await api<{ id: string }>(base, director, "POST", "/api/schedules", period);
  for (const agent of agents) {
    for (let day = 0; day < 5; day += 1) {
      // 09:00 on the agent's local date at UTC midnight of the next day (the evening before, west of UTC).
      const startMs = wallClockInstantMs(
        localEpochDayOf(mondayMs + (day + 1) * MS_PER_DAY, agent.timeZone),
        9 * MINUTES_PER_HOUR,
        agent.timeZone,
      );
      await api(base, director, "POST", `/api/schedules/${schedule.id}/versions/1/shifts`, {
        agentId: agent.id,
        queueIds: [agent.skillQueueIds[0]],
        startUtc: new Date(startMs).toISOString(),
        endUtc: new Date(startMs + 8 * MS_PER_HOUR).toISOString(),
      });
    }
  }
  await api(base, director, "POST", `/api/schedules/${schedule.id}/versions/1/publish`);
  return { scheduleId: schedule.id, from: period.periodStart, to: period.periodEnd };
}

/** Load on one URL; the server's memory after it (and each minute of a longer run: flat memory is the soak's point). */
async function hammer(title: string, url: string, authorization: string, durationSeconds: number, serverPid: number) {
  const startedAt = performance.now();
  const sampling = setInterval(
    () =>
      console.log(
        `  server RSS at ${((performance.now() - startedAt) / 1000).toFixed(0)} s: ${residentMemory(serverPid)}`,
      ),
    MS_PER_MINUTE,
  );
  // Two load threads: on one (this script's main thread) a half-megabyte roster week per response delayed
  // both autocannon's own timing and the draining of the server's log pipe, which blocks the server.
  const result = await autocannon({
    url,
    connections: 50,
    workers: 2,
    duration: durationSeconds,
    headers: { Authorization: authorization },
  });
  clearInterval(sampling);
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${title.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}   server RSS ${residentMemory(serverPid)}   ${loadAverage()}`,
  );
}

/** A fresh database on `--postgres`'s server for this run, dropped at the end. */
async function createBenchDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `shiftcast_load_${process.pid}_${Date.now().toString(36)}`;
  const administer = async (statement: string) => {
    const client = new pg.Client(adminUrl);
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await administer(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => administer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const dataDirectory = await mkdtemp(join(tmpdir(), "shiftcast-load-"));
await chmod(dataDirectory, 0o755);
const database = postgresUrl === undefined ? undefined : await createBenchDatabase(postgresUrl);
const server = await startServerProcess(dataDirectory, {
  seedDemo: true,
  isQuietAfterStart: true,
  useDatabaseUrl: database?.url,
  environment: { SHIFTCAST_HTTP_WORKERS: String(httpWorkers) },
});
try {
  const base = `http://127.0.0.1:${server.port}`;
  const director = await signIn(base, demoLogins.find((login) => login.role === "director")!.email);
  const agent = await signIn(base, demoLogins.find((login) => login.role === "agent")!.email);
  const seededAt = performance.now();
  const agentsInWeek = await growAgents(base, director, agentCount);
  const week = await publishWeek(base, director);
  const range = `from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}`;
  console.log(
    `published a week of ${agentsInWeek} agents (5 shifts each) in ${((performance.now() - seededAt) / 1000).toFixed(0)} s; database ${database ? "PostgreSQL at --postgres" : "embedded PostgreSQL"}; ${httpWorkers} HTTP workers`,
  );
  const rosterUrl = `${base}/api/schedules/${week.scheduleId}/roster?version=published&${range}`;
  const rosterBytes = (await (await fetch(rosterUrl, { headers: { Authorization: director } })).arrayBuffer())
    .byteLength;
  console.log(`roster week response: ${(rosterBytes / 1024).toFixed(0)} KiB`);
  console.log(
    `server RSS before: ${residentMemory(server.child.pid!)}; 50 connections on 2 load threads, ${seconds} s each; ${loadAverage()}`,
  );
  if (process.argv.includes("--baseline"))
    await hammer("baseline: GET /api/health", `${base}/api/health`, agent, seconds, server.child.pid!);
  await hammer("agent: GET /api/me/shifts", `${base}/api/me/shifts?${range}`, agent, seconds, server.child.pid!);
  await hammer("director: GET roster week", rosterUrl, director, seconds, server.child.pid!);
  if (soakSeconds > 0) console.log(`soak start: server RSS ${residentMemory(server.child.pid!)}; ${loadAverage()}`);
  if (soakSeconds > 0)
    await hammer(
      `soak: agent shifts ${soakSeconds} s`,
      `${base}/api/me/shifts?${range}`,
      agent,
      soakSeconds,
      server.child.pid!,
    );
  console.log(`server RSS after: ${residentMemory(server.child.pid!)}`);
} finally {
  server.child.kill("SIGTERM");
  await server.exited;
  await database?.drop();
  await rm(dataDirectory, { recursive: true, force: true });
}
