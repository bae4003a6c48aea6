import { spawn, type ChildProcess } from "node:child_process";

export interface LogLine {
  msg: string;
  time: number;
  pid: number;
  jobId?: string;
  attempt?: number;
  status?: string;
  worker?: string;
}

export interface WorkerProcess {
  /** The node process running worker-main (not npm's). */
  pid: number;
  /** As the jobs name it: host:pid. */
  name: string;
  logs: () => LogLine[];
  /** Resolves when `npm run worker` has exited. */
  exited: Promise<number | null>;
  hasExited(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `npm run worker` on `databaseUrl` as a deployment would, with `environment` on top (the
 * heartbeat settings), and resolves once it logs "solve worker ready". Its pino lines (stderr) are
 * kept parsed, so a test can tell which process started and finished which job.
 */
export async function startWorkerProcess(databaseUrl: string, environment: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const child: ChildProcess = spawn("npm", ["run", "--silent", "worker"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "info", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: LogLine[] = [];
  let text = "";
  let pending = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    text += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) if (line.startsWith("{")) lines.push(JSON.parse(line) as LogLine);
  });
  let hasExited = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      hasExited = true;
      resolve(code);
    }),
  );
  const ready = await new Promise<LogLine>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "solve worker ready" within 120 s:\n${text}`)), 120_000);
    const poll = setInterval(() => {
      const line = lines.find((candidate) => candidate.msg === "solve worker ready");
      if (!line) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve(line);
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`npm run worker exited with ${code}:\n${text}`));
    });
  });
  return {
    pid: ready.pid,
    name: ready.worker ?? "",
    logs: () => lines,
    exited,
    hasExited: () => hasExited,
    async kill(signal) {
      process.kill(ready.pid, signal);
      await exited;
    },
  };
}
