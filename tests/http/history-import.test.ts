import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { getQueueHistory, importQueueHistory } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

type App = ReturnType<typeof buildTestApp>;

async function createQueue(app: App, overrides: Parameters<typeof voiceQueueInput>[0] = {}) {
  return queue.parse((await request(app).post("/api/queues").send(voiceQueueInput(overrides))).body);
}

async function upload(
  app: App,
  queueId: string,
  csv: string,
  query: Record<string, string> = {},
  expectedStatus = 200,
) {
  const response = await request(app)
    .post(`/api/queues/${queueId}/history`)
    .query(query)
    .set("Content-Type", "text/csv")
    .send(csv);
  expect(response.status).toBe(expectedStatus);
  const report = importQueueHistory.response.parse(response.body);
  expect(report.isWritten).toBe(expectedStatus === 200);
  return report;
}

/** A rejected file answers 422 with the same report a written one gets. */
const uploadRejected = (app: App, queueId: string, csv: string, query: Record<string, string> = {}) =>
  upload(app, queueId, csv, query, 422);

async function intervals(app: App, queueId: string, from: string, to: string) {
  const response = await request(app)
    .get(`/api/queues/${queueId}/history`)
    .query({ granularity: "interval", from, to });
  return getQueueHistory.response.parse(response.body).points.map((point) => [point.periodStart, point.volume]);
}

describe("POST /api/queues/:queueId/history", () => {
  const dataSource = useTestDataSource();

  it("imports interval counts in the queue's zone and summarises what it read and wrote", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const report = await upload(
      app,
      id,
      "timestamp,count,aht_seconds\n2026-01-05T09:00,10,300\n2026-01-05T09:30,12,\n2026-01-06T10:00,4,200\n",
    );
    expect(report).toMatchObject({
      isWritten: true,
      shape: "interval-counts",
      timeZone: "America/New_York",
      delimiter: ",",
      rowCount: 3,
      importedRowCount: 3,
      ignoredRowCount: 0,
      summedDuplicateRowCount: 0,
      intervalCount: 3,
      newIntervalCount: 3,
      replacedIntervalCount: 0,
      errorCount: 0,
      warningCount: 0,
    });
    expect(report.firstInterval).toEqual({
      start: "2026-01-05T14:00:00.000Z",
      localStart: "2026-01-05T09:00:00-05:00",
    });
    expect(report.lastInterval).toEqual({ start: "2026-01-06T15:00:00.000Z", localStart: "2026-01-06T10:00:00-05:00" });
    expect(await intervals(app, id, "2026-01-05", "2026-01-07")).toEqual([
      ["2026-01-05T14:00:00.000Z", 10],
      ["2026-01-05T14:30:00.000Z", 12],
      ["2026-01-06T15:00:00.000Z", 4],
    ]);
  });

  it("rejects a file with a bad row, lists the problem by row and column, and writes nothing", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    await upload(app, id, "timestamp,count\n2026-01-05T09:00,10\n");
    const report = await uploadRejected(
      app,
      id,
      "timestamp,count\n2026-01-05T09:00,99\n2026-01-05T09:30,many\n2026-01-05T10:00,7\n",
    );
    expect(report.intervalCount).toBe(0);
    expect(report.firstInterval).toBeNull();
    expect(report.errorCount).toBe(1);
    expect(report.errors).toEqual([expect.objectContaining({ rowNumber: 3, column: "count" })]);
    expect(await intervals(app, id, "2026-01-05", "2026-01-06")).toEqual([["2026-01-05T14:00:00.000Z", 10]]);
  });

  it("lists at most 50 errors while counting them all", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const rows = Array.from(
      { length: 70 },
      (_, index) => `2026-01-05T${String(index % 24).padStart(2, "0")}:00,-${index + 1}`,
    );
    const report = await uploadRejected(app, id, `timestamp,count\n${rows.join("\n")}\n`);
    expect(report).toMatchObject({ isWritten: false, errorCount: 70 });
    expect(report.errors).toHaveLength(50);
  });

  it("imports the valid rows under skipInvalid and reports the skipped ones", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const report = await upload(app, id, "timestamp,count\n2026-01-05T09:00,5\nnot a time,3\n2026-01-05T10:00,7\n", {
      skipInvalid: "true",
    });
    expect(report).toMatchObject({
      isWritten: true,
      importedRowCount: 2,
      skippedRowCount: 1,
      ignoredRowCount: 1,
      intervalCount: 2,
    });
    expect(report.errors).toEqual([expect.objectContaining({ rowNumber: 3, column: "timestamp" })]);
    expect(await intervals(app, id, "2026-01-05", "2026-01-06")).toHaveLength(2);
  });

  it("replaces only the intervals a re-import contains, keeping every other stored interval", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    await upload(app, id, "timestamp,count\n2026-01-05T09:00,1\n2026-01-06T09:00,2\n2026-01-06T22:00,3\n");
    const report = await upload(app, id, "timestamp,count\n2026-01-06T09:00,20\n2026-01-07T09:00,30\n");
    expect(report).toMatchObject({ intervalCount: 2, newIntervalCount: 1, replacedIntervalCount: 1 });
    expect(await intervals(app, id, "2026-01-05", "2026-01-08")).toEqual([
      ["2026-01-05T14:00:00.000Z", 1],
      ["2026-01-06T14:00:00.000Z", 20],
      ["2026-01-07T03:00:00.000Z", 3],
      ["2026-01-07T14:00:00.000Z", 30],
    ]);
  });

  it("leaves 349 stored intervals in place when a two-row file spans them (it used to keep 4)", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const start = Date.parse("2026-01-05T14:00:00Z");
    const stored = Array.from(
      { length: 349 },
      (_, index) => `${new Date(start + index * 1_800_000).toISOString()},${index % 7}`,
    );
    await upload(app, id, `timestamp,count\n${stored.join("\n")}\n`);
    const report = await upload(
      app,
      id,
      `timestamp,count\n2026-01-05T09:00,100\n${new Date(start + 348 * 1_800_000).toISOString()},200\n`,
    );
    expect(report).toMatchObject({ intervalCount: 2, newIntervalCount: 0, replacedIntervalCount: 2 });
    const after = await intervals(app, id, "2026-01-05", "2026-01-14");
    expect(after).toHaveLength(349);
    expect(after[0]).toEqual(["2026-01-05T14:00:00.000Z", 100]);
    expect(after[1]).toEqual(["2026-01-05T14:30:00.000Z", 1]);
    expect(after[348]![1]).toBe(200);
  });

  it("buckets ticket rows DST-correctly: the spring-forward day has 23 hours and a missing wall-clock time is a warning", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app, { intervalMinutes: 60 });
    const tickets = Array.from(
      { length: 24 },
      (_, hour) => `${hour},2026-03-08 ${String(hour).padStart(2, "0")}:15,120`,
    );
    const report = await upload(
      app,
      id,
      `ticket_id,Created at,handle_time_seconds\n${tickets.join("\n")}\n2026-03-08 23:59 extra,x,1\n`,
      {
        timestampColumn: "Created at",
        skipInvalid: "true",
      },
    );
    expect(report).toMatchObject({
      isWritten: true,
      shape: "tickets",
      importedRowCount: 24,
      skippedRowCount: 1,
      warningCount: 1,
    });
    expect(report.warningCounts).toEqual({
      nonexistentTimeRowCount: 1,
      ambiguousTimeRowCount: 0,
      offsetMismatchRowCount: 0,
      gapCount: 0,
    });
    expect(report.warnings[0]).toMatchObject({ rowNumber: 4 });
    expect(report.firstInterval?.localStart).toBe("2026-03-08T00:00:00-05:00");
    expect(report.lastInterval?.localStart).toBe("2026-03-08T23:00:00-04:00");
    const stored = await intervals(app, id, "2026-03-08", "2026-03-09");
    expect(stored).toHaveLength(23);
    expect(stored.reduce((total, [, volume]) => total + Number(volume), 0)).toBe(24);
    expect(stored.find(([start]) => start === "2026-03-08T07:00:00.000Z")).toEqual(["2026-03-08T07:00:00.000Z", 2]);
  });

  it("sums duplicate interval rows only with onDuplicate=sum", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const csv = "timestamp,count\n2026-01-05T09:00,5\n2026-01-05T09:00,6\n";
    expect((await uploadRejected(app, id, csv)).errors[0]).toMatchObject({ rowNumber: 3, column: "timestamp" });
    const summed = await upload(app, id, csv, { onDuplicate: "sum" });
    expect(summed).toMatchObject({ summedDuplicateRowCount: 1, intervalCount: 1 });
    expect(await intervals(app, id, "2026-01-05", "2026-01-06")).toEqual([["2026-01-05T14:00:00.000Z", 11]]);
  });

  it("imports this queue's rows from a file of several queues", async () => {
    const app = buildTestApp(dataSource());
    const created = await createQueue(app);
    const csv = `timestamp,count,queue\n2026-01-05T09:00,5,${created.name}\n2026-01-05T09:00,6,Other\n`;
    const report = await upload(app, created.id, csv);
    expect(report).toMatchObject({ isWritten: true, importedRowCount: 1, otherQueueRowCount: 1, ignoredRowCount: 1 });
    const chosen = await upload(app, created.id, csv, { fileQueue: "Other" });
    expect(chosen.importedRowCount).toBe(1);
    expect(await intervals(app, created.id, "2026-01-05", "2026-01-06")).toEqual([["2026-01-05T14:00:00.000Z", 6]]);
  });

  it("rejects a file without rows, and answers 404 for an unknown queue", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app);
    const empty = await uploadRejected(app, id, "timestamp,count\n");
    expect(empty).toMatchObject({ isWritten: false, errorCount: 1 });
    const missing = await request(app)
      .post("/api/queues/00000000-0000-4000-8000-000000000000/history")
      .set("Content-Type", "text/csv")
      .send("timestamp,count\n");
    expect(missing.status).toBe(404);
    expect(errorResponse.parse(missing.body).error.code).toBe("not_found");
  });

  it("imports a file with warnings, not errors: an offset that is not the queue zone's and a gap of a week inside open hours", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await createQueue(app, { intervalMinutes: 60, businessHours: [] });
    const days = ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-14", "2026-01-15"];
    const rows = days.flatMap((date) => ["14", "15"].map((hour) => `${date}T${hour}:00:00Z,3.5`));
    const report = await upload(app, id, `timestamp,count\n${rows.join("\n")}\n`);
    expect(report).toMatchObject({ isWritten: true, intervalCount: 10, warningCount: 11 });
    expect(report.warningCounts).toEqual({
      nonexistentTimeRowCount: 0,
      ambiguousTimeRowCount: 0,
      offsetMismatchRowCount: 10,
      gapCount: 1,
    });
    expect(report.warnings).toEqual([
      {
        rowNumber: 2,
        column: "timestamp",
        reason:
          '"2026-01-05T14:00:00Z" is written at +00:00, but America/New_York is at -05:00 then (2026-01-05T09:00:00-05:00); read as the instant it states (and 9 more rows like it)',
      },
      {
        rowNumber: null,
        column: null,
        reason:
          "no history from 2026-01-07T11:00:00-05:00 to 2026-01-14T09:00:00-05:00 (6.9 days) although the queue is open then",
      },
    ]);
  });
});
