import process from "node:process";
import { build } from "./build-steps.mjs";

/**
 * `npm run build [-- --if-stale] [-- --server]`: compiles the server to dist/ and builds the client
 * (see build-steps.mjs); `--if-stale` only what is older than its sources, `--server` without the client.
 */
const flags = new Set(process.argv.slice(2));
try {
  await build({ onlyIfStale: flags.has("--if-stale"), withClient: !flags.has("--server") });
} catch (error) {
  const isMissingTool = error?.code === "ERR_MODULE_NOT_FOUND";
  const advice = isMissingTool
    ? "\nThe build tools (esbuild, vite) are missing: run `npm install` (or build before `npm prune --omit=dev`)."
    : "";
  process.stderr.write(`build failed: ${error?.message ?? String(error)}${advice}\n`);
  process.exit(1);
}
