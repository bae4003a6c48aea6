import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isClientBuildFresh, isServerBuildFresh } from "../../scripts/build-steps.mjs";

/** A process's command line and NODE_OPTIONS, from /proc. */
const commandLineOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
const nodeOptionsOf = (pid: number) =>
  readFileSync(`/proc/${pid}/environ`, "utf8")
    .split("\0")
    .find((entry) => entry.startsWith("NODE_OPTIONS="))
    ?.slice("NODE_OPTIONS=".length) ?? "";

const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return []; // it exited meanwhile
  }
};

/** Every process below `pid`, parents first (npm → sh → node → its HTTP workers). */
const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** These run what `npm run build` made, so they need a build newer than the sources (CI builds first). */
const isBuilt = isServerBuildFresh() && isClientBuildFresh();

describe.skipIf(!isBuilt)("the compiled server and CLI", () => {
  it("npm start runs dist/main.js on plain node, without tsx, in the main process and its HTTP workers", async () => {
    const dataDirectory = await mkdtemp(join(tmpdir(), "shiftcast-compiled-"));
    await chmod(dataDirectory, 0o755);
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: "0",
      SHIFTCAST_DATA_DIR: dataDirectory,
      SHIFTCAST_SEED_DEMO: "false",
      SHIFTCAST_HTTP_WORKERS: "2",
    };
    delete environment.DATABASE_URL;
    delete environment.NODE_OPTIONS;
    const npm = spawn("npm", ["start"], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
    const isServer = (pid: number) => {
      try {
        return (
          readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "node" &&
          commandLineOf(pid).some((argument) => argument.endsWith("dist/main.js"))
        );
      } catch {
        return false; // it exited meanwhile
      }
    };
    const serversBelowNpm = () => descendantsOf(npm.pid!).filter(isServer);
    try {
      const port = await waitFor(
        () => /running at http:\/\/localhost:(\d+)/.exec(output)?.[1],
        `start:\n${output}`,
        120_000,
      );
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      const servers = serversBelowNpm();
      expect(servers.length).toBe(3);
      for (const pid of servers) {
        expect(commandLineOf(pid).slice(1)).toEqual([
          "--enable-source-maps",
          expect.stringMatching(/(^|\/)dist\/main\.js$/),
        ]);
        expect(nodeOptionsOf(pid)).not.toContain("tsx");
      }
      expect(output).not.toContain("Compiled the server");
      process.kill(servers[0]!, "SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      // After a failure: stop the server itself (killing npm would leave it running), then npm.
      const [server] = serversBelowNpm();
      if (server !== undefined) process.kill(server, "SIGTERM");
      if (server !== undefined) await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      npm.kill("SIGKILL");
      await rm(dataDirectory, { recursive: true, force: true });
    }
  });

  it("names the TypeScript source lines in the compiled CLI's stack traces", () => {
    const run = spawnSync(process.execPath, ["scripts/shiftcast.mjs", "migrate"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", LOG_LEVEL: "silent" },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cannot connect to PostgreSQL");
    expect(run.stderr).toMatch(/api\/persistence\/database\.ts:\d+:\d+/);
    expect(run.stderr).not.toMatch(/dist\/chunk-[A-Z0-9]+\.js/);
  });
});
