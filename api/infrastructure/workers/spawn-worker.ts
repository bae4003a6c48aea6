import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * How a worker thread loads its entry module, given as `new URL("./entry.ts", import.meta.url)` beside
 * its caller (the convention webpack and Vite read as a worker reference).
 *
 * - Compiled (`npm run build`): scripts/build-steps.mjs rewrote that URL to the entry's own compiled file
 *   (`dist/<name>.js`), so the thread loads plain JavaScript, with source maps when the process has them.
 * - From source (`npm run dev`, tests): Node 20 does not apply the parent's `--import tsx` hooks to a
 *   worker, and `execArgv: ["--import", "tsx"]` still fails there with ERR_UNKNOWN_FILE_EXTENSION
 *   (tried on Node 20.20 with tsx 4.23), so a small ESM bootstrap registers tsx's loader inside the
 *   worker before importing the entry (about 0.2 s more per thread).
 */
export function workerEntryOf(entry: URL): { url: URL; options: Pick<WorkerOptions, "execArgv"> } {
  const execArgv =
    process.sourceMapsEnabled && !process.execArgv.includes("--enable-source-maps")
      ? [...process.execArgv, "--enable-source-maps"]
      : undefined;
  if (!entry.pathname.endsWith(".ts")) return { url: entry, options: { execArgv } };
  const tsxApiUrl = import.meta.resolve("tsx/esm/api");
  const bootstrap = [
    `const { register } = await import(${JSON.stringify(tsxApiUrl)});`,
    "register();",
    `const entry = await import(${JSON.stringify(entry.href)});`,
    "export default entry;",
  ].join("\n");
  return { url: new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), options: { execArgv } };
}

/** Starts a worker thread on `entry` (see workerEntryOf), compiled or from source. */
export function spawnWorker(entry: URL, workerData: unknown, transferList: ArrayBuffer[]): Worker {
  const { url, options } = workerEntryOf(entry);
  return new Worker(url, { ...options, workerData, transferList });
}
