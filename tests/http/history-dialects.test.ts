import { readFileSync } from "node:fs";
import fc from "fast-check";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createForecast } from "../../api/contracts/forecasts";
import { getQueueHistory, importQueueHistory } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

type App = ReturnType<typeof buildTestApp>;

const fixture = (name: string) => readFileSync(new URL(`../fixtures/history/${name}`, import.meta.url));

async function createQueue(app: App, overrides: Parameters<typeof voiceQueueInput>[0] = {}) {
  return queue.parse(
    (
      await request(app)
        .post("/api/queues")
        .send(voiceQueueInput({ businessHours: [], ...overrides }))
    ).body,
  );
}

async function importCsv(app: App, queueId: string, csv: string | Buffer, query: Record<string, string> = {}) {
  const response = await request(app)
    .post(`/api/queues/${queueId}/history`)
    .query(query)
    .set("Content-Type", "text/csv")
    .send(csv);
  return { status: response.status, report: importQueueHistory.response.parse(response.body) };
}

async function exportCsv(app: App, queueId: string): Promise<string> {
  const response = await request(app).get(`/api/queues/${queueId}/history/export`);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toMatch(/^text\/csv/);
  return response.text;
}

async function storedIntervals(app: App, queueId: string, from: string, to: string) {
  const response = await request(app)
    .get(`/api/queues/${queueId}/history`)
    .query({ granularity: "interval", from, to });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return getQueueHistory.response
    .parse(response.body)
    .points.map((point) => ({ start: point.periodStart, volume: point.volume, ahtSeconds: point.ahtSeconds }));
}

describe("history import dialects (tests/fixtures/history)", () => {
  const dataSource = useTestDataSource();

  it.each([
    ["zendesk-tickets.csv", { timestampColumn: "Created at" }, "America/New_York", 320, 320],
    ["freshdesk-tickets.csv", { timestampColumn: "Created time" }, "America/New_York", 320, 320],
    ["intercom-conversations.csv", { timestampColumn: "Conversation started at" }, "Europe/London", 320, 320],
    ["fractional-counts.csv", {}, "Europe/Berlin", 160, 454],
    ["semicolon-decimal-commas.csv", {}, "Europe/Berlin", 160, 454],
    ["bom-crlf-quoted.csv", {}, "Europe/Berlin", 160, 454],
    ["excel-day-first.csv", { dateFormat: "DD/MM/YYYY HH:MM" }, "Europe/Berlin", 160, 454],
  ])("imports %s and forecasts from it", async (name, query, timeZone, rowCount, total) => {
    const app = buildTestApp(dataSource());
    const created = await createQueue(app, { timeZone, intervalMinutes: 60 });
    const { status, report } = await importCsv(app, created.id, fixture(name), query);
    expect(status).toBe(200);
    expect(report).toMatchObject({ isWritten: true, rowCount, intervalCount: 160, errorCount: 0 });
    expect(report.firstInterval?.localStart.slice(0, 16)).toBe("2026-02-02T09:00");
    expect(report.lastInterval?.localStart.slice(0, 16)).toBe("2026-02-27T16:00");
    const stored = await storedIntervals(app, created.id, "2026-02-02", "2026-02-28");
    expect(stored.reduce((sum, interval) => sum + interval.volume, 0)).toBe(total);
    const forecast = await request(app).post(`/api/queues/${created.id}/forecasts`).send({ horizonDays: 7 });
    expect(forecast.status).toBe(201);
    const body = createForecast.response.parse(forecast.body);
    expect(body.options.historyIntervalCount).toBe(160);
    expect(body.startDate).toBe("2026-02-28");
  });

  it("refuses each bad value with its row, column and reason, and writes nothing anywhere", async () => {
    const app = buildTestApp(dataSource());
    const created = await createQueue(app);
    expect(
      (await importCsv(app, created.id, "timestamp,count\n2026-01-05T09:00,10\n2026-01-05T09:30,11\n")).status,
    ).toBe(200);
    const checksum = async () =>
      (await dataSource().query(
        `SELECT count(*)::int AS "rows", md5(coalesce(string_agg("queue_id"::text || "interval_start"::text || "volume"::text || coalesce("aht_seconds"::text, ''), ',' ORDER BY "queue_id", "interval_start"), '')) AS "sum" FROM "history_intervals"`,
      )) as unknown;
    const before = await checksum();
    const bad = [
      "timestamp,count,aht_seconds",
      "2026-01-05T09:00,7,300",
      "2026-01-05T09:30,-1,300",
      "2026-01-05T10:00,NaN,300",
      "2026-01-05T10:30,1e400,300",
      `2026-01-05T11:00,${"9".repeat(400)},300`,
      '2026-01-05T11:30,"12,5",300',
      "0099-01-05T12:00,1,300",
      "9999-01-05T12:30,1,300",
      "2026-01-05T13:00,2,-5",
    ].join("\n");
    const { status, report } = await importCsv(app, created.id, `${bad}\n`);
    expect(status).toBe(422);
    expect(report).toMatchObject({ isWritten: false, intervalCount: 0, errorCount: 8 });
    expect(report.errors.map((issue) => [issue.rowNumber, issue.column, issue.reason])).toEqual([
      [3, "count", '"-1" is negative'],
      [4, "count", '"NaN" is not a number ≥ 0 (e.g. 12 or 45.5)'],
      [5, "count", '"1e400" is too large to be a number'],
      [6, "count", `"${"9".repeat(400)}" is too large to be a number`],
      [
        7,
        "count",
        '"12,5" has a decimal comma, which a comma-delimited file cannot hold; write 12.5 or use ; as the delimiter',
      ],
      [8, "timestamp", '"0099-01-05T12:00": year 99 is outside 1970–2099'],
      [9, "timestamp", '"9999-01-05T12:30": year 9999 is outside 1970–2099'],
      [10, "aht_seconds", '"-5" is negative; a duration is seconds ≥ 0 or m:ss'],
    ]);
    expect(await checksum()).toEqual(before);
  });
});

describe("GET /api/queues/:queueId/history/export", () => {
  const dataSource = useTestDataSource();

  it("writes the stored intervals in the queue's zone with their offsets, across a fall-back night", async () => {
    const app = buildTestApp(dataSource());
    const created = await createQueue(app, { intervalMinutes: 60 });
    await importCsv(
      app,
      created.id,
      "timestamp,count,aht_seconds\n2026-11-01T05:00:00Z,1.5,300\n2026-11-01T06:00:00Z,2,\n2026-11-01T07:00:00Z,0.25,12.5\n",
    );
    expect(await exportCsv(app, created.id)).toBe(
      "timestamp,count,aht_seconds\n2026-11-01T01:00:00-04:00,1.5,300\n2026-11-01T01:00:00-05:00,2,\n2026-11-01T02:00:00-05:00,0.25,12.5\n",
    );
    expect(
      (
        await request(app)
          .get(`/api/queues/${created.id}/history/export`)
          .query({ from: "2026-11-02", to: "2026-11-03" })
      ).text,
    ).toBe("timestamp,count,aht_seconds\n");
  });

  it("round-trips any file the importer accepts: import → export → import gives the same intervals", async () => {
    const app = buildTestApp(dataSource());
    const zones = ["America/New_York", "Asia/Kolkata", "UTC"] as const;
    const firstStart = Date.parse("2026-03-01T00:00:00Z");
    const interval = fc.record({
      slot: fc.integer({ min: 0, max: 2 * 48 - 1 }),
      count: fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true })),
      ahtSeconds: fc.option(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e5, noNaN: true }))),
    });
    const file = fc.record({
      zone: fc.constantFrom(...zones),
      rows: fc.uniqueArray(interval, { minLength: 1, maxLength: 40, selector: (row) => row.slot }),
      delimiter: fc.constantFrom(",", ";"),
      hasBom: fc.boolean(),
      lineEnd: fc.constantFrom("\n", "\r\n"),
      isQuoted: fc.boolean(),
      isUtc: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(file, async (generated) => {
        const first = await createQueue(app, { timeZone: generated.zone });
        const second = await createQueue(app, { timeZone: generated.zone });
        const cell = (text: string) => (generated.isQuoted ? `"${text}"` : text);
        const number = (value: number) =>
          generated.delimiter === ";" ? String(value).replace(".", ",") : String(value);
        const lines = generated.rows.map((row) => {
          const start = new Date(firstStart + row.slot * 1_800_000).toISOString();
          return [
            cell(generated.isUtc ? start : start.replace(".000Z", "+00:00")),
            cell(number(row.count)),
            cell(row.ahtSeconds === null ? "" : number(row.ahtSeconds)),
          ].join(generated.delimiter);
        });
        const csv = `${generated.hasBom ? "\uFEFF" : ""}${["timestamp", "count", "aht_seconds"].join(generated.delimiter)}${generated.lineEnd}${lines.join(generated.lineEnd)}${generated.lineEnd}`;
        const imported = await importCsv(app, first.id, csv);
        expect(imported.status).toBe(200);
        const exported = await exportCsv(app, first.id);
        const again = await importCsv(app, second.id, exported);
        expect(again.report).toMatchObject({ isWritten: true, warningCount: 0, intervalCount: generated.rows.length });
        const range = ["2026-02-28", "2026-03-04"] as const;
        const stored = await storedIntervals(app, first.id, ...range);
        expect(await storedIntervals(app, second.id, ...range)).toEqual(stored);
        const expected = [...generated.rows]
          .sort((a, b) => a.slot - b.slot)
          .map((row) => ({
            start: new Date(firstStart + row.slot * 1_800_000).toISOString(),
            volume: row.count,
            ahtSeconds: row.count > 0 ? row.ahtSeconds : null,
          }));
        expect(stored).toEqual(expected);
      }),
      { numRuns: 25, seed: 15 },
    );
  });
});
