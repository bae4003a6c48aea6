import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * `npm start` builds the client only when client/dist is missing or older than a source it is built
 * from, so a second start stays fast.
 */
const sources = ["client/src", "client/index.html", "api/http/contracts", "vite.config.ts", "package-lock.json"];
const builtIndex = "client/dist/index.html";

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map(newestModification));
if (builtAt < sourcesAt) {
  process.stderr.write("Building the client (client/dist)…\n");
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
