import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

/**
 * `npm run bench:startup`: how fast the compiled programs start, as a person runs them.
 * - `shiftcast --help`: wall time of the launcher (scripts/shiftcast.mjs, the package's bin; median
 *   of 7), and once through `npx shiftcast`, which adds npm's own start-up.
 * - `npm start` on a second run: a first `npm start` in a fresh data directory creates the embedded
 *   cluster, migrates and seeds the demo; the second, timed one reuses it. Printed: the wall time from
 *   spawning `npm start` to the first 200 of /api/health, and the server's own "ready in" figure.
 */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function wallMs(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  return performance.now() - started;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return []; // it exited meanwhile
  }
};
const descendantsOf = (pid: number): number[] => childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
/** The server's main process below npm (npm → sh → node dist/main.js). */
const serverPidBelow = (npmPid: number) =>
  descendantsOf(npmPid).find(
    (pid) =>
      readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("dist/main.js") &&
      readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "node",
  );

async function isHealthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
  } catch {
    return false;
  }
}

/** Runs `npm start` until /api/health answers 200, then stops it with SIGTERM; returns the seconds to healthy and the server's output. */
async function startAndStop(dataDirectory: string, port: number): Promise<{ healthySeconds: number; output: string }> {
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SHIFTCAST_DATA_DIR: dataDirectory };
  delete environment.DATABASE_URL;
  const started = performance.now();
  const npm: ChildProcess = spawn("npm", ["start"], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolve) => npm.once("exit", resolve));
  const deadline = started + 600_000;
  while (!(await isHealthy(port))) {
    if (performance.now() > deadline || npm.exitCode !== null)
      throw new Error(`npm start did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const healthySeconds = (performance.now() - started) / 1000;
  // The "running at … (ready in N s)" line follows the first answer by a moment.
  for (let waited = 0; !output.includes("ready in") && waited < 5_000; waited += 25)
    await new Promise((resolve) => setTimeout(resolve, 25));
  process.kill(serverPidBelow(npm.pid!)!, "SIGTERM");
  await exited;
  return { healthySeconds, output };
}

console.log(
  `load average at start: ${loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")} (timings are wall clock: other work on the machine slows them)`,
);
const helpRuns = Array.from({ length: 7 }, () => wallMs(process.execPath, ["scripts/shiftcast.mjs", "--help"]));
console.log(
  `shiftcast --help: ${median(helpRuns).toFixed(0)} ms wall, median of 7 (target ≤ 300 ms); through npx: ${wallMs("npx", ["shiftcast", "--help"]).toFixed(0)} ms`,
);

const dataDirectory = mkdtempSync(join(tmpdir(), "shiftcast-bench-startup-"));
chmodSync(dataDirectory, 0o755);
try {
  const port = await freePort();
  const first = await startAndStop(dataDirectory, port);
  console.log(
    `npm start, first run (new cluster, migrations, demo seed): healthy after ${first.healthySeconds.toFixed(1)} s`,
  );
  const second = await startAndStop(dataDirectory, port);
  const ready = /ready in ([\d.]+) s/.exec(second.output)?.[1] ?? "?";
  console.log(
    `npm start, second run: healthy /api/health after ${second.healthySeconds.toFixed(2)} s wall from spawning npm (target ≤ 3 s); the server says ready in ${ready} s`,
  );
} finally {
  rmSync(dataDirectory, { recursive: true, force: true });
}
