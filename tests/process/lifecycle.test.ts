import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/** Starts `api/main.ts` as `npm start` does, on a free port with its own data directory and the embedded database. */
async function startServer(dataDirectory: string): Promise<Started> {
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: "0", SHIFTCAST_DATA_DIR: dataDirectory, SHIFTCAST_SEED_DEMO: "false", LOG_LEVEL: "info" };
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "api/main.ts"], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    }, 50);
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, port, output: () => output };
}

const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

const postmasterPid = async (dataDirectory: string) => {
  const lock = await readFile(join(dataDirectory, "postgres", "postmaster.pid"), "utf8").catch(() => "");
  return Number.parseInt(lock.split("\n")[0] ?? "", 10);
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the server process", () => {
  let dataDirectory: string;
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), "shiftcast-process-"));
    await chmod(dataDirectory, 0o755);
  });
  afterAll(async () => {
    const pid = await postmasterPid(dataDirectory);
    if (Number.isInteger(pid) && isAlive(pid)) process.kill(pid, "SIGINT");
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it("stops the HTTP server, the pool and the embedded database cleanly on SIGTERM", async () => {
    const server = await startServer(dataDirectory);
    const health = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(health.status).toBe(200);
    const postgres = await postmasterPid(dataDirectory);
    expect(isAlive(postgres)).toBe(true);
    server.child.kill("SIGTERM");
    expect(await exitOf(server.child)).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    expect(isAlive(postgres)).toBe(false);
    expect(existsSync(join(dataDirectory, "postgres-state.json"))).toBe(false);
  });

  it("recovers from a crash: the orphaned postgres is stopped and the data reused on the next start", async () => {
    const crashed = await startServer(dataDirectory);
    const orphan = await postmasterPid(dataDirectory);
    crashed.child.kill("SIGKILL");
    await exitOf(crashed.child);
    expect(isAlive(orphan)).toBe(true);
    const restarted = await startServer(dataDirectory);
    expect(restarted.output()).toContain("orphaned embedded PostgreSQL");
    expect(isAlive(orphan)).toBe(false);
    const health = (await (await fetch(`http://127.0.0.1:${restarted.port}/api/health`)).json()) as { migrations: { applied: string[] } };
    expect(health.migrations.applied.length).toBeGreaterThan(0);
    restarted.child.kill("SIGTERM");
    expect(await exitOf(restarted.child)).toBe(0);
  });
});
