import { spawn } from "node:child_process";

/**
 * `npm run dev`: the API on port 3000 (restarted by tsx watch on change) and Vite's dev server on 5173
 * with a proxy for /api. Ctrl-C stops both.
 */
const children = [
  // One process: tsx watch restarts it on each change, which HTTP workers would only slow down.
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "api/main.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: process.env.PORT ?? "3000",
      SHIFTCAST_HTTP_WORKERS: process.env.SHIFTCAST_HTTP_WORKERS ?? "1",
    },
  }),
  spawn("npx", ["vite"], { stdio: "inherit", env: { ...process.env, API_PORT: process.env.PORT ?? "3000" } }),
];
const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stopAll);
process.on("SIGTERM", stopAll);
for (const child of children)
  child.on("exit", (code) => {
    stopAll();
    process.exitCode = code ?? 0;
  });
