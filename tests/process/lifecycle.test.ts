import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../support/server-process";

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
    const server = await startServerProcess(dataDirectory, { seedDemo: false });
    const health = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(health.status).toBe(200);
    const postgres = await postmasterPid(dataDirectory);
    expect(isAlive(postgres)).toBe(true);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
    expect(isAlive(postgres)).toBe(false);
    expect(existsSync(join(dataDirectory, "postgres-state.json"))).toBe(false);
  });

  it("recovers from a crash: the orphaned postgres is stopped and the data reused on the next start", async () => {
    const crashed = await startServerProcess(dataDirectory, { seedDemo: false });
    const orphan = await postmasterPid(dataDirectory);
    crashed.child.kill("SIGKILL");
    await crashed.exited;
    expect(isAlive(orphan)).toBe(true);
    const restarted = await startServerProcess(dataDirectory, { seedDemo: false });
    expect(restarted.output()).toContain("orphaned embedded PostgreSQL");
    expect(isAlive(orphan)).toBe(false);
    const health = (await (await fetch(`http://127.0.0.1:${restarted.port}/api/health`)).json()) as { migrations: { applied: string[] } };
    expect(health.migrations.applied.length).toBeGreaterThan(0);
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
  });
});
