import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import process from "node:process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

/**
 * The build, run by scripts/build.mjs (`npm run build`) and asked what is stale by the CLI launcher
 * and the test harness: the API, the CLI, the solve worker, the worker-thread entries and the
 * benchmark scripts compiled to JavaScript in dist/ by esbuild, with linked source maps; then the
 * client by Vite in client/dist. With `onlyIfStale` only the parts older than one of their sources
 * are built (what `npm start`, `npm run worker` and the CLI do first).
 *
 * Plain JavaScript, so that it runs on `node` alone: it is what decides whether anything needs a build.
 *
 * Why esbuild and a bundle: the sources import without extensions (moduleResolution "bundler"),
 * which Node's ESM loader does not resolve, so a file-by-file compile (tsc) would need every import
 * rewritten; a bundle resolves them once. esbuild is the compiler inside tsx, which ran `npm start`
 * until now, so the compiled server behaves as that one did: in particular neither emits TypeORM's
 * decorator metadata (emitDecoratorMetadata), which the entities do not need as every column names
 * its type. tsc stays the type checker (`npm run typecheck`). Packages stay external (node_modules).
 *
 * Every output is flat in dist/, one directory below the project like api/*.ts, so the paths the
 * code finds beside itself (`new URL("../package.json", import.meta.url)`, ../client/dist) hold
 * compiled as from source. A worker thread's entry is written `new URL("./entry.ts", import.meta.url)`
 * beside its caller (api/infrastructure/workers/spawn-worker.ts); esbuild does not follow that, so this build finds
 * each such reference, compiles the file as an entry of its own and rewrites the URL to it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDirectory = join(root, "dist");
const stampFile = join(outDirectory, "build-info.json");
const clientIndex = join(root, "client", "dist", "index.html");

/** What the compiled server is built from. */
export const serverSources = [
  "api",
  "migrations",
  "scripts",
  "tests/support",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
/** What the client is built from (the contracts are shared with the API). */
export const clientSources = [
  "client/src",
  "client/index.html",
  "client/tsconfig.json",
  "api/contracts",
  "vite.config.ts",
  "package-lock.json",
];

const fixedEntries = { main: "api/main.ts", cli: "api/cli.ts", "worker-main": "api/jobs/worker-main.ts" };
const workerReference = /new URL\((["'])(\.{1,2}\/[^"']+\.ts)\1,\s*import\.meta\.url\)/g;

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const sourcesAt = (sources) => Math.max(...sources.map((source) => newestModification(join(root, source))));

/** Whether dist/ was built after every server source last changed. */
export const isServerBuildFresh = () => builtAt(stampFile) >= sourcesAt(serverSources);
/** Whether client/dist was built after every client source last changed. */
export const isClientBuildFresh = () => builtAt(clientIndex) >= sourcesAt(clientSources);

function typeScriptFilesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptFilesUnder(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** `api/solvers/highs/worker.ts` → `solvers-highs-worker`: unique, flat, and says where it came from. */
const entryNameOf = (file) => relative(join(root, "api"), file).replace(/\.ts$/, "").replaceAll("/", "-");

/** The worker-thread entries the API refers to, by entry name. */
function workerEntries() {
  const entries = {};
  for (const file of typeScriptFilesUnder(join(root, "api"))) {
    const code = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\*|\/\/)/.test(line))
      .join("\n");
    for (const match of code.matchAll(workerReference)) {
      const target = resolve(dirname(file), match[2]);
      if (!existsSync(target))
        throw new Error(`${relative(root, file)} refers to a worker entry that does not exist: ${match[2]}`);
      entries[entryNameOf(target)] = relative(root, target);
    }
  }
  return entries;
}

const benchmarkEntries = () =>
  Object.fromEntries(
    readdirSync(join(root, "scripts"))
      .filter((name) => /^bench-.*\.ts$/.test(name))
      .map((name) => [name.replace(/\.ts$/, ""), `scripts/${name}`]),
  );

/** Rewrites each worker reference to the compiled entry beside the importing output file. */
const workerReferencePlugin = {
  name: "worker-references",
  setup(build) {
    build.onLoad({ filter: /[\\/]api[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const contents = source.replace(
        workerReference,
        (_reference, _quote, path) =>
          `new URL("./${entryNameOf(resolve(dirname(args.path), path))}.js", import.meta.url)`,
      );
      return { contents, loader: "ts" };
    });
  },
};

/** Compiles into a directory of its own, then swaps it for dist/, so no one runs a half-written build. */
async function buildServer() {
  const { build } = await import("esbuild");
  const started = performance.now();
  const building = `${outDirectory}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { ...fixedEntries, ...workerEntries(), ...benchmarkEntries() },
    outdir: building,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    packages: "external",
    sourcemap: "linked",
    sourcesContent: false,
    keepNames: true,
    chunkNames: "chunk-[hash]",
    tsconfig: join(root, "tsconfig.json"),
    plugins: [workerReferencePlugin],
    logLevel: "warning",
  });
  writeFileSync(join(building, "build-info.json"), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
  rmSync(outDirectory, { recursive: true, force: true });
  renameSync(building, outDirectory);
  process.stderr.write(`Compiled the server to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

function buildClient() {
  process.stderr.write("Building the client (client/dist)…\n");
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  const built = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) throw new Error(`vite build exited with ${built.status ?? built.signal}`);
}

/**
 * One build at a time in this project: a second `npm start` or CLI run started meanwhile waits for the
 * first and then finds the build fresh. A lock older than two minutes is a crashed build's, and is taken.
 */
async function withBuildLock(work) {
  const lock = join(root, "dist.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch (error) {
      if (error?.code !== "EEXIST") throw error;
      if (Date.now() > deadline) rmSync(lock, { force: true });
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Builds what is stale (or everything): the server unless `onlyIfStale` finds it fresh, then the client unless left out. */
export async function build({ onlyIfStale = false, withClient = true } = {}) {
  await withBuildLock(async () => {
    if (!onlyIfStale || !isServerBuildFresh()) await buildServer();
    if (withClient && (!onlyIfStale || !isClientBuildFresh())) buildClient();
  });
}
