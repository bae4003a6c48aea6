import { existsSync } from "node:fs";
import { get } from "node:http";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoLogins, demoPassword } from "../../api/services/demo-seed";
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

/** A GET on a connection of its own, so node:cluster hands each one to the next HTTP worker. */
const statusOnNewConnection = (url: string, authorization: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { agent: false, headers: { Authorization: authorization } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });

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
    const health = (await (await fetch(`http://127.0.0.1:${restarted.port}/api/health`)).json()) as {
      migrations: { applied: string[] };
    };
    expect(health.migrations.applied.length).toBeGreaterThan(0);
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
  });

  it("serves from two HTTP workers, and a token revoked through one stops working at once in both", async () => {
    const workersDirectory = await mkdtemp(join(tmpdir(), "shiftcast-workers-"));
    await chmod(workersDirectory, 0o755);
    const server = await startServerProcess(workersDirectory, {
      seedDemo: true,
      environment: { SHIFTCAST_HTTP_WORKERS: "2" },
    });
    try {
      expect(server.output()).toContain("2 HTTP workers");
      const base = `http://127.0.0.1:${server.port}`;
      const session = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: demoLogins[0]!.email, password: demoPassword }),
      });
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const cookieHeaders = {
        Cookie: session.headers.get("set-cookie")!.split(";")[0]!,
        "X-CSRF-Token": csrfToken,
        "Content-Type": "application/json",
      };
      const created = (await (
        await fetch(`${base}/api/me/tokens`, {
          method: "POST",
          headers: cookieHeaders,
          body: JSON.stringify({ name: "workers" }),
        })
      ).json()) as { id: string; token: string };
      const bearer = `Bearer ${created.token}`;
      const fourTimes = () =>
        Promise.all([1, 2, 3, 4].map(() => statusOnNewConnection(`${base}/api/me/tokens`, bearer)));
      expect(await fourTimes()).toEqual([200, 200, 200, 200]);
      expect(
        (await fetch(`${base}/api/me/tokens/${created.id}`, { method: "DELETE", headers: cookieHeaders })).status,
      ).toBeLessThan(300);
      expect(await fourTimes()).toEqual([401, 401, 401, 401]);
    } finally {
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      await rm(workersDirectory, { recursive: true, force: true });
    }
  });
});
