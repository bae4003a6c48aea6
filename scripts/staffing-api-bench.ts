import "reflect-metadata";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pino from "pino";
import { createApp } from "../api/app";
import { loadConfig } from "../api/config";
import { startWorkerPool, stopWorkerPool } from "../api/infrastructure/workers/worker-pool";
import { openDatabase } from "../api/persistence/database";
import { systemActor } from "../api/services/actor";
import { createServices } from "../api/services/services";

const WARM_UP_REQUESTS = 3;
const TIMED_REQUESTS = 20;

/** The load generator, in a thread of its own so that its JSON work does not count as the server's event-loop delay. */
const clientSource = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  for (let index = 0; index < workerData.requests; index++) {
    const response = await fetch(workerData.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: workerData.body });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error("POST /api/staffing/calculate answered " + response.status);
  }
  parentPort.postMessage("done");
})();
`;

function sendRequests(url: string, body: string, requests: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const client = new Worker(clientSource, { eval: true, workerData: { url, body, requests } });
    client.once("message", () => resolve());
    client.once("error", reject);
  });
}

const percentile = (values: number[], fraction: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * fraction))]!;

/**
 * `POST /api/staffing/calculate` with every case in one request, on the real app (createApp) in this
 * process, computed by the warm worker pool as `npm start` serves it. The database is DATABASE_URL's,
 * else an embedded one in a temporary directory; the endpoint itself reads nothing from it, and the
 * caller is the system identity (as in the HTTP tests), so the figure is the endpoint's alone. Server
 * time runs from the request's arrival to the last byte of the answer; the event loop's delay is
 * sampled every millisecond (perf_hooks.monitorEventLoopDelay) while the timed requests run.
 */
export async function benchStaffingApi(cases: unknown[]): Promise<void> {
  const dataDirectory = mkdtempSync(join(tmpdir(), "shiftcast-bench-api-"));
  chmodSync(dataDirectory, 0o755);
  const logger = pino({ level: "warn" });
  const database = await openDatabase(loadConfig({ ...process.env, SHIFTCAST_DATA_DIR: dataDirectory }), logger, {
    mayReuseRunning: false,
  });
  try {
    startWorkerPool();
    const services = createServices({ dataSource: database.dataSource, version: "bench" });
    const app = createApp({
      services,
      logger: pino({ level: "silent" }),
      version: "bench",
      authenticator: async () => ({ actor: systemActor("bench"), csrfToken: null }),
    });
    const serverMs: number[] = [];
    const server = createServer();
    server.on("request", (_request: IncomingMessage, response: ServerResponse) => {
      const arrived = performance.now();
      response.once("finish", () => serverMs.push(performance.now() - arrived));
    });
    server.on("request", app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/staffing/calculate`;
    const body = JSON.stringify({ cases });
    await sendRequests(url, body, WARM_UP_REQUESTS);
    serverMs.length = 0;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    await sendRequests(url, body, TIMED_REQUESTS);
    delay.disable();
    server.close();
    const delayMs = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
    console.log(
      `POST /api/staffing/calculate, ${cases.length} cases (${(body.length / 1e6).toFixed(1)} MB): server time median ${percentile(serverMs, 0.5).toFixed(1)} ms, ` +
        `p95 ${percentile(serverMs, 0.95).toFixed(1)} ms over ${TIMED_REQUESTS} requests (target ≤ 50 ms); event-loop delay p99 ${delayMs(delay.percentile(99))} ms, max ${delayMs(delay.max)} ms (target ≤ 20 ms)`,
    );
  } finally {
    await stopWorkerPool();
    await database.close();
    rmSync(dataDirectory, { recursive: true, force: true });
  }
}
