import { once } from "node:events";
import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import request from "supertest";
import { afterEach, describe, expect, it } from "vitest";
import { importQueueHistory } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { OFF_THREAD_THRESHOLD_BYTES } from "../../api/infrastructure/workers/history-import-thread";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

const TICKETS = 150_000;

/** 500 days of tickets, two minutes apart during 08:00–18:00 New York time, then `lastRow`. */
function ticketFile(lastRow: string): string {
  const lines = ["id,created_at,handle_time_seconds"];
  const first = Date.UTC(2025, 0, 1);
  for (let index = 0; index < TICKETS; index += 1) {
    const day = Math.floor(index / 300);
    const minute = (index % 300) * 2;
    const local = new Date(first + day * 86_400_000 + (8 * 60 + minute) * 60_000)
      .toISOString()
      .slice(0, 16)
      .replace("T", " ");
    lines.push(`${index},${local},${120 + (index % 400)}`);
  }
  lines.push(lastRow);
  return `${lines.join("\n")}\n`;
}

interface Answer {
  status: number;
  body: string;
}

const answerOf = async (response: IncomingMessage): Promise<Answer> => {
  let body = "";
  response.setEncoding("utf8");
  for await (const chunk of response) body += chunk;
  return { status: response.statusCode ?? 0, body };
};

describe("POST /api/queues/:queueId/history off the event loop", () => {
  const dataSource = useTestDataSource();
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  it("answers /api/health while a large file is being parsed, before the import's own answer", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const { port } = server.address() as AddressInfo;
    const csv = ticketFile("150000,not a time,100");
    expect(Buffer.byteLength(csv)).toBeGreaterThan(OFF_THREAD_THRESHOLD_BYTES);

    const order: string[] = [];
    const upload = httpRequest({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: `/api/queues/${created.id}/history`,
      headers: { "Content-Type": "text/csv" },
    });
    const imported = once(upload, "response").then(async ([response]) => {
      order.push("import");
      return answerOf(response as IncomingMessage);
    });
    upload.end(csv);
    await once(upload, "finish");
    // The whole body has been handed to the socket, so the server is reading or parsing it: only an
    // event loop free of the parse can answer this next request before the import's answer.
    const health = await new Promise<Answer>((resolve, reject) => {
      httpRequest({ host: "127.0.0.1", port, path: "/api/health" }, (response) => {
        order.push("health");
        void answerOf(response).then(resolve, reject);
      })
        .on("error", reject)
        .end();
    });
    expect(health.status).toBe(200);
    const answer = await imported;
    expect(order).toEqual(["health", "import"]);
    expect(answer.status).toBe(422);
    const report = importQueueHistory.response.parse(JSON.parse(answer.body));
    expect(report).toMatchObject({ isWritten: false, rowCount: TICKETS + 1, errorCount: 1 });
    expect(report.errors[0]).toMatchObject({ rowNumber: TICKETS + 2, column: "created_at" });
  });

  it("writes a large file parsed in the worker thread like a small one", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const response = await request(app)
      .post(`/api/queues/${created.id}/history`)
      .set("Content-Type", "text/csv")
      .send(ticketFile("150000,2027-01-01 09:00,100"));
    expect(response.status).toBe(200);
    const report = importQueueHistory.response.parse(response.body);
    expect(report).toMatchObject({
      isWritten: true,
      shape: "tickets",
      rowCount: TICKETS + 1,
      importedRowCount: TICKETS + 1,
      newIntervalCount: report.intervalCount,
    });
    expect(report.intervalCount).toBe(500 * 20 + 1);
    expect(report.firstInterval?.localStart).toBe("2025-01-01T08:00:00-05:00");
    expect(report.lastInterval?.localStart).toBe("2027-01-01T09:00:00-05:00");
  });

  it("refuses a large file whose quoting breaks, with the reason, from the worker thread", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const csv = `id,created_at\n1,"2025-01-01 09:00\n${ticketFile("2,2025-01-01 09:00,1")}`;
    const response = await request(app)
      .post(`/api/queues/${created.id}/history`)
      .set("Content-Type", "text/csv")
      .send(csv);
    expect(response.status).toBe(422);
    const report = importQueueHistory.response.parse(response.body);
    expect(report).toMatchObject({ isWritten: false, intervalCount: 0, errorCount: 1 });
    expect(report.errors[0]!.reason).toContain("not a readable CSV file");
  });
});
