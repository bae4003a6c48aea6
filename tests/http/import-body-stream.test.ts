import { once } from "node:events";
import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterEach, describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { importQueueHistory } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { OFF_THREAD_THRESHOLD_BYTES } from "../../api/infrastructure/workers/history-import-thread";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { unique, voiceQueueInput } from "../support/factories";

const LIMIT_BYTES = 64 * 1024;
const agentColumns =
  "name,email,team,time_zone,vendor,attrition_cohort,tags,hire_date,end_date,skills,min_minutes_per_week,max_minutes_per_week,max_shifts_per_week,shift_lengths_minutes,availability";

/** Rows of `row(index)` under `header` until the text holds at least `bytes`. */
function csvOf(header: string, row: (index: number) => string, bytes: number): string {
  const lines = [header];
  let length = header.length + 1;
  for (let index = 0; length < bytes; index += 1) {
    const line = row(index);
    lines.push(line);
    length += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
}

const answerOf = async (response: IncomingMessage) => {
  let body = "";
  response.setEncoding("utf8");
  for await (const chunk of response) body += chunk;
  return {
    status: response.statusCode ?? 0,
    connection: response.headers.connection,
    body: JSON.parse(body) as unknown,
  };
};

describe("import bodies streamed into the parse worker", () => {
  const dataSource = useTestDataSource();
  const open: ClientRequest[] = [];
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    for (const upload of open.splice(0)) upload.destroy();
    await close?.();
    close = null;
  });

  async function listen(limitBytes = LIMIT_BYTES) {
    const app = buildTestApp(dataSource(), { importLimits: { historyBytes: limitBytes, agentBytes: limitBytes } });
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    close = () => new Promise((resolve) => server.close(() => resolve()));
    return { app, port: (server.address() as AddressInfo).port };
  }

  /** Sends `csv` in chunked encoding and never ends the request: whatever answers did so on part of the body. */
  async function sendWithoutEnding(port: number, path: string, csv: string) {
    const upload = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path,
      headers: { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" },
    });
    open.push(upload);
    const answered = once(upload, "response").then(([response]) => answerOf(response as IncomingMessage));
    upload.on("error", () => undefined);
    upload.write(csv);
    return answered;
  }

  it("answers a large history file broken on its second line before the client has finished sending it", async () => {
    // A route that holds the body until its end (a body parser, then the worker) cannot answer a
    // request that never ends; only one that streams the body into the parse worker as it arrives
    // learns of the broken quote while the client is still sending.
    const { app, port } = await listen(200 * 1024 * 1024);
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const rest = csvOf(
      "2,2026-01-05 09:00",
      (index) => `${index + 3},2026-01-05 09:${String(index % 60).padStart(2, "0")}`,
      2 * OFF_THREAD_THRESHOLD_BYTES,
    );
    const csv = `id,created_at\n1,2026"-01-05 09:00\n${rest}`;

    const answer = await sendWithoutEnding(port, `/api/queues/${created.id}/history`, csv);

    expect(answer.status).toBe(422);
    expect(answer.connection, "a half-read connection is closed after the answer").toBe("close");
    const report = importQueueHistory.response.parse(answer.body);
    expect(report).toMatchObject({ isWritten: false, intervalCount: 0, errorCount: 1 });
    expect(report.errors[0]!.reason).toContain("not a readable CSV file");
  });

  it("refuses a history body over the limit with 413 before the client has finished sending it, and writes nothing", async () => {
    const { app, port } = await listen();
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const csv = csvOf(
      "timestamp,count",
      (index) => `${new Date(Date.UTC(2026, 0, 5) + index * 900_000).toISOString()},${index % 40}`,
      2 * LIMIT_BYTES,
    );

    const answer = await sendWithoutEnding(port, `/api/queues/${created.id}/history`, csv);

    expect(answer.status).toBe(413);
    expect(errorResponse.parse(answer.body).error).toMatchObject({
      code: "payload_too_large",
      message: expect.stringContaining(`${LIMIT_BYTES} bytes`),
    });
    const [stored] = (await dataSource().query(
      `SELECT count(*)::int AS "count" FROM "history_intervals" WHERE "queue_id" = $1`,
      [created.id],
    )) as Array<{ count: number }>;
    expect(stored?.count).toBe(0);
  });

  it("refuses a history body over a limit past the worker threshold with 413 while the worker reads it, and writes nothing", async () => {
    const limitBytes = 2 * OFF_THREAD_THRESHOLD_BYTES;
    const { app, port } = await listen(limitBytes);
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const csv = csvOf(
      "timestamp,count",
      (index) => `${new Date(Date.UTC(2026, 0, 5) + index * 900_000).toISOString()},${index % 40}`,
      2 * limitBytes,
    );

    const answer = await sendWithoutEnding(port, `/api/queues/${created.id}/history`, csv);

    expect(answer.status).toBe(413);
    expect(errorResponse.parse(answer.body).error.message).toContain(`${limitBytes} bytes`);
    const [stored] = (await dataSource().query(
      `SELECT count(*)::int AS "count" FROM "history_intervals" WHERE "queue_id" = $1`,
      [created.id],
    )) as Array<{ count: number }>;
    expect(stored?.count).toBe(0);
  });

  it("refuses an agent body over the limit with 413 before the client has finished sending it, and writes nothing", async () => {
    const { app, port } = await listen();
    const voice = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const prefix = unique("stream").replace(" ", "-");
    const csv = csvOf(
      agentColumns,
      (index) =>
        `Agent ${index},${prefix}-${index}@example.test,Team A,Asia/Manila,,in-house,,2025-02-03,,${voice.name},1200,2400,5,480,Mon 09:00-17:00`,
      2 * LIMIT_BYTES,
    );

    const answer = await sendWithoutEnding(port, "/api/agents/import", csv);

    expect(answer.status).toBe(413);
    expect(errorResponse.parse(answer.body).error.code).toBe("payload_too_large");
    const [stored] = (await dataSource().query(`SELECT count(*)::int AS "count" FROM "agents" WHERE "email" LIKE $1`, [
      `${prefix}-%`,
    ])) as Array<{ count: number }>;
    expect(stored?.count).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading the body and a charset other than UTF-8, and imports a UTF-8 body under the limit", async () => {
    const { app, port } = await listen();
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const upload = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: `/api/queues/${created.id}/history`,
      headers: { "Content-Type": "text/csv", "Content-Length": String(LIMIT_BYTES + 1) },
    });
    open.push(upload);
    upload.on("error", () => undefined);
    upload.flushHeaders();
    const [response] = (await once(upload, "response")) as [IncomingMessage];
    expect((await answerOf(response)).status).toBe(413);

    const latin1 = await request(app)
      .post(`/api/queues/${created.id}/history`)
      .set("Content-Type", "text/csv; charset=latin1")
      .send("timestamp,count\n2026-01-05T09:00:00Z,3\n");
    expect(latin1.status).toBe(415);
    expect(errorResponse.parse(latin1.body).error.message).toContain("UTF-8");
    const small = await request(app)
      .post(`/api/queues/${created.id}/history`)
      .set("Content-Type", "text/csv; charset=utf-8")
      .send("timestamp,count\n2026-01-05T09:00:00Z,3\n");
    expect(small.status).toBe(200);
    expect(small.body).toMatchObject({ isWritten: true, intervalCount: 1 });
  });
});
