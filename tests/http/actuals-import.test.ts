import request from "supertest";
import { describe, expect, it } from "vitest";
import { getQueueActuals, importQueueActuals } from "../../api/contracts/actuals";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";
import { createSignedInPerson } from "../support/people";

type App = ReturnType<typeof buildTestApp>;

async function createQueue(app: App, headers: Record<string, string> = {}) {
  return queue.parse((await request(app).post("/api/queues").set(headers).send(voiceQueueInput())).body);
}

async function upload(
  app: App,
  queueId: string,
  csv: string,
  expectedStatus = 200,
  headers: Record<string, string> = {},
) {
  const response = await request(app)
    .post(`/api/queues/${queueId}/actuals`)
    .set(headers)
    .set("Content-Type", "text/csv")
    .send(csv);
  expect(response.status).toBe(expectedStatus);
  return importQueueActuals.response.parse(response.body);
}

async function stored(app: App, queueId: string, headers: Record<string, string> = {}) {
  const response = await request(app)
    .get(`/api/queues/${queueId}/actuals`)
    .set(headers)
    .query({ from: "2026-03-02", to: "2026-03-03" });
  expect(response.status).toBe(200);
  return getQueueActuals.response.parse(response.body);
}

describe("POST /api/queues/:queueId/actuals", () => {
  const dataSource = useTestDataSource();

  it("replaces a re-imported interval, keeps the others, and logs who imported each and when", async () => {
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const first = await createSignedInPerson(dataSource(), app, "planner");
    const second = await createSignedInPerson(dataSource(), app, "director");
    const { id } = await createQueue(app, first.headers);
    const initial = await upload(
      app,
      id,
      "timestamp,offered,handled,abandoned\n2026-03-02 09:00,10,9,1\n2026-03-02 09:30,12,12,0\n",
      200,
      first.headers,
    );
    expect(initial).toMatchObject({
      isWritten: true,
      shape: "interval-actuals",
      intervalCount: 2,
      newIntervalCount: 2,
      replacedIntervalCount: 0,
    });
    const again = await upload(
      app,
      id,
      "timestamp,offered,handled,abandoned\n2026-03-02 09:30,14.5,13,1.5\n",
      200,
      second.headers,
    );
    expect(again).toMatchObject({ intervalCount: 1, newIntervalCount: 0, replacedIntervalCount: 1 });
    expect(again.import!.importedBy).not.toBe(initial.import!.importedBy);

    const actuals = await stored(app, id, first.headers);
    expect(
      actuals.intervals.map((interval) => [interval.intervalStart, interval.offeredCount, interval.importId]),
    ).toEqual([
      ["2026-03-02T14:00:00.000Z", 10, initial.import!.id],
      ["2026-03-02T14:30:00.000Z", 14.5, again.import!.id],
    ]);
    expect(actuals.imports.map((entry) => [entry.id, entry.importedBy, entry.replacedIntervalCount])).toEqual([
      [initial.import!.id, initial.import!.importedBy, 0],
      [again.import!.id, again.import!.importedBy, 1],
    ]);
    expect(Date.parse(actuals.imports[1]!.importedAt)).toBeGreaterThanOrEqual(
      Date.parse(actuals.imports[0]!.importedAt),
    );
  });

  it("rejects a file with a bad row whole, with row and column reasons, and writes nothing", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    await upload(app, id, "timestamp,offered,handled,abandoned\n2026-03-02 09:00,10,9,1\n");
    const report = await upload(
      app,
      id,
      "timestamp,offered,handled,abandoned\n2026-03-02 09:00,99,99,0\n2026-03-02 09:30,-3,0,0\n",
      422,
    );
    expect(report).toMatchObject({ isWritten: false, intervalCount: 0, errorCount: 1, import: null });
    expect(report.errors).toEqual([
      expect.objectContaining({ rowNumber: 3, column: "offered", reason: '"-3" is negative' }),
    ]);
    const actuals = await stored(app, id);
    expect(actuals.intervals.map((interval) => interval.offeredCount)).toEqual([10]);
    expect(actuals.imports).toHaveLength(1);
  });

  it("buckets a per-contact export in the queue's zone and answer threshold", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const report = await upload(
      app,
      id,
      "Created at,answered_at,ended_at\n2026-03-02 09:00:00,2026-03-02 09:00:10,2026-03-02 09:05:10\n2026-03-02 09:10:00,2026-03-02 09:11:00,2026-03-02 09:12:00\n",
    );
    expect(report).toMatchObject({ shape: "contacts", rowCount: 2, intervalCount: 1 });
    const [interval] = (await stored(app, id)).intervals;
    expect(interval).toMatchObject({
      intervalStart: "2026-03-02T14:00:00.000Z",
      offeredCount: 2,
      handledCount: 2,
      answeredWithinThresholdCount: 1,
      ahtSeconds: 180,
      asaSeconds: 35,
    });
  });

  it("is refused to a vendor manager", async () => {
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const director = await createSignedInPerson(dataSource(), app, "director");
    const vendor = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Horizon BPO" });
    const { id } = await createQueue(app, director.headers);
    const response = await request(app)
      .post(`/api/queues/${id}/actuals`)
      .set(vendor.headers)
      .set("Content-Type", "text/csv")
      .send("timestamp,offered,handled,abandoned\n2026-03-02 09:00,1,1,0\n");
    expect(response.status).toBe(403);
  });
});
