import { spawn, type ChildProcess } from "node:child_process";
import { isServerBuildFresh } from "../../scripts/build-steps.mjs";

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * How the server starts: the compiled `dist/main.js` as `npm start` runs it, when a build newer than
 * every source exists (CI builds first), else `api/main.ts` from source under tsx.
 */
export const serverCommand = (): string[] =>
  isServerBuildFresh() ? ["--enable-source-maps", "dist/main.js"] : ["--import", "tsx", "api/main.ts"];

/**
 * Starts the server (serverCommand) on a free port with its own data directory. The embedded
 * database is used unless `useDatabaseUrl` passes DATABASE_URL through.
 */
export async function startServerProcess(
  dataDirectory: string,
  options: { seedDemo: boolean; useDatabaseUrl?: string; isQuietAfterStart?: boolean; environment?: NodeJS.ProcessEnv },
): Promise<ServerProcess> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: "0",
    SHIFTCAST_DATA_DIR: dataDirectory,
    SHIFTCAST_SEED_DEMO: String(options.seedDemo),
    LOG_LEVEL: "info",
    ...options.environment,
  };
  delete environment.DATABASE_URL;
  if (options.useDatabaseUrl) environment.DATABASE_URL = options.useDatabaseUrl;
  const child = spawn(process.execPath, serverCommand(), { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
    const poll = setInterval(() => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(output);
      if (!match) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(Number(match[1]));
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  if (options.isQuietAfterStart) {
    // A load test's request logs would pile up in this process and slow the load generator beside them.
    child.stdout!.removeAllListeners("data").resume();
    child.stderr!.removeAllListeners("data").resume();
  }
  return { child, port, output: () => output, exited };
}
