import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import {
  createForecast,
  createSpecialDay,
  getForecast,
  getLatestForecast,
  listForecasts,
  listSpecialDays,
  overrideForecast,
  updateSpecialDay,
} from "../../api/contracts/forecasts";
import { importQueueHistory } from "../../api/contracts/history";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

type App = ReturnType<typeof buildTestApp>;

const HOURLY_SHAPE = [0, 0, 0, 0, 0, 0, 0, 0, 6, 10, 12, 11, 9, 10, 11, 10, 8, 5, 0, 0, 0, 0, 0, 0];
const WEEKDAY_FACTOR = [1.2, 1, 1, 0.95, 0.9, 0.5, 0];

/**
 * Eight weeks of hourly interval counts in New York wall-clock time, Monday 2026-01-05 to Sunday
 * 2026-03-01: open 08:00–18:00, Saturday at half volume, closed on Sundays (no rows), with a small
 * deterministic wobble so the methods do not all tie. The last day with rows is Saturday
 * 2026-02-28, so a forecast starts on Sunday 2026-03-01 and its second week crosses the spring
 * transition (Sunday 2026-03-08 has 23 hours).
 */
function generatedHistoryCsv(): string {
  const lines = ["timestamp,count,aht_seconds"];
  for (let day = 0; day < 56; day += 1) {
    const date = new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10);
    for (let hour = 0; hour < 24; hour += 1) {
      const base = HOURLY_SHAPE[hour] * WEEKDAY_FACTOR[day % 7] * 4;
      if (base === 0) continue;
      const count = Math.round(base * (1 + 0.05 * Math.sin(day * 1.7 + hour)));
      lines.push(`${date}T${String(hour).padStart(2, "0")}:00,${count},${280 + hour}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

async function queueWithHistory(app: App) {
  const created = queue.parse(
    (
      await request(app)
        .post("/api/queues")
        .send(voiceQueueInput({ intervalMinutes: 60 }))
    ).body,
  );
  const imported = await request(app)
    .post(`/api/queues/${created.id}/history`)
    .set("Content-Type", "text/csv")
    .send(generatedHistoryCsv());
  expect(importQueueHistory.response.parse(imported.body).isWritten).toBe(true);
  return created;
}

async function forecast(app: App, queueId: string, body: Record<string, unknown> = { horizonDays: 14 }) {
  const response = await request(app).post(`/api/queues/${queueId}/forecasts`).send(body);
  expect(response.status).toBe(201);
  return createForecast.response.parse(response.body);
}

async function latest(app: App, queueId: string, query: Record<string, string> = {}) {
  const response = await request(app).get(`/api/queues/${queueId}/forecasts/latest`).query(query);
  expect(response.status).toBe(200);
  return getLatestForecast.response.parse(response.body);
}

const dayTotal = (detail: Awaited<ReturnType<typeof latest>>, localDate: string) =>
  detail.dailyTotals.find((total) => total.localDate === localDate)?.expected;

describe("POST /api/queues/:queueId/forecasts", () => {
  const dataSource = useTestDataSource();

  it("forecasts the stored history, stores its backtest accuracy and reads it back DST-correctly", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await queueWithHistory(app);
    const summary = await forecast(app, id);
    expect(summary).toMatchObject({
      queueId: id,
      horizonDays: 14,
      startDate: "2026-03-01",
      endDate: "2026-03-15",
      requestedMethod: "auto",
      timeZone: "America/New_York",
    });
    expect(summary.options.historyIntervalCount).toBeGreaterThan(400);
    expect(summary.accuracy?.bands.map((band) => band.band)).toEqual(["day-ahead", "week-ahead"]);
    for (const band of summary.accuracy!.bands) {
      expect(band.wmapeFraction).toBeGreaterThanOrEqual(0);
      expect(band.wmapeFraction).toBeLessThan(0.2);
      expect(band.seasonalNaiveWmapeFraction).not.toBeNull();
      expect(band.poissonFloorFraction).toBeGreaterThan(0);
    }
    expect(summary.accuracy!.candidates.length).toBeGreaterThan(2);

    const detail = await latest(app, id, { from: "2026-03-01", to: "2026-03-15" });
    expect(detail.id).toBe(summary.id);
    expect(detail.intervals).toHaveLength(14 * 24 - 1);
    expect(
      detail.intervals.every(
        (interval) => interval.expected >= 0 && interval.p80 >= interval.p50 && interval.p90 >= interval.p80,
      ),
    ).toBe(true);
    const springForward = detail.intervals.filter(
      (interval) => interval.intervalStart >= "2026-03-08T05:00" && interval.intervalStart < "2026-03-09T04:00",
    );
    expect(springForward).toHaveLength(23);
    expect(dayTotal(detail, "2026-03-08")).toBe(0);
    expect(dayTotal(detail, "2026-03-02")).toBeGreaterThan(dayTotal(detail, "2026-03-07")!);
    const mondayNine = detail.intervals.find((interval) => interval.intervalStart === "2026-03-02T14:00:00.000Z")!;
    expect(mondayNine.expected).toBeGreaterThan(40);
    expect(mondayNine.ahtSeconds).toBeCloseTo(289, 0);
    expect(detail.weeklyTotals.map((week) => week.localDate)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);

    const byId = await request(app)
      .get(`/api/queues/${id}/forecasts/${summary.id}`)
      .query({ from: "2026-03-09", to: "2026-03-10" });
    expect(getForecast.response.parse(byId.body).intervals).toHaveLength(24);
    const listed = listForecasts.response.parse((await request(app).get(`/api/queues/${id}/forecasts`)).body);
    expect(listed.forecasts.map((item) => item.id)).toEqual([summary.id]);
  });

  it("gives weekly totals for a long horizon and leaves intervals out at day granularity", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await queueWithHistory(app);
    await forecast(app, id, { horizonDays: 120, method: "mean-last-4-weekdays" });
    const detail = await latest(app, id, { granularity: "day", from: "2026-03-01", to: "2026-06-29" });
    expect(detail.requestedMethod).toBe("mean-last-4-weekdays");
    expect(detail.intervals).toEqual([]);
    expect(detail.dailyTotals).toHaveLength(120);
    expect(detail.weeklyTotals).toHaveLength(18);
    for (const week of detail.weeklyTotals) expect(week.p80).toBeGreaterThanOrEqual(week.expected);
  });

  it("keeps the original values when a planner scales a day and then sets an interval", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await queueWithHistory(app);
    const summary = await forecast(app, id);
    const before = await latest(app, id, { from: "2026-03-03", to: "2026-03-04" });
    const url = `/api/queues/${id}/forecasts/${summary.id}/overrides`;
    const scaled = await request(app)
      .post(url)
      .send({ kind: "scale-day", localDate: "2026-03-03", factor: 1.5, note: "marketing mail" });
    expect(scaled.status).toBe(200);
    expect(overrideForecast.response.parse(scaled.body).updatedIntervals).toHaveLength(24);
    const target = before.intervals.find((interval) => interval.intervalStart === "2026-03-03T15:00:00.000Z")!;
    const set = await request(app)
      .post(url)
      .send({ kind: "set-interval", intervalStart: target.intervalStart, expected: 7 });
    expect(overrideForecast.response.parse(set.body).updatedIntervals[0]).toMatchObject({
      expected: 7,
      original: { expected: target.expected, p80: target.p80 },
    });

    const after = await latest(app, id, { from: "2026-03-03", to: "2026-03-04" });
    const otherBefore = before.intervals.find((interval) => interval.intervalStart === "2026-03-03T16:00:00.000Z")!;
    const otherAfter = after.intervals.find((interval) => interval.intervalStart === otherBefore.intervalStart)!;
    // Both are rounded to 2 decimals (output-rounding.ts), so they agree to the rounding of 1.5 × a hundredth.
    expect(otherAfter.expected).toBeCloseTo(otherBefore.expected * 1.5, 1);
    expect(otherAfter.original?.expected).toBe(otherBefore.expected);
    expect(otherAfter.overrideNote).toBe("marketing mail");
    expect(after.dailyTotals[0].originalExpected).toBeCloseTo(before.dailyTotals[0].expected, 2);

    const outside = await request(app).post(url).send({ kind: "scale-day", localDate: "2026-04-01", factor: 2 });
    expect(outside.status).toBe(400);
    expect(errorResponse.parse(outside.body).error.details).toEqual([
      expect.objectContaining({ path: "body.localDate" }),
    ]);
    const offGrid = await request(app)
      .post(url)
      .send({ kind: "set-interval", intervalStart: "2026-03-03T15:30:00Z", expected: 1 });
    expect(errorResponse.parse(offGrid.body).error.details).toEqual([
      expect.objectContaining({ path: "body.intervalStart" }),
    ]);
  });

  it("applies future special days: the queue's closed day and the organisation's factor day", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await queueWithHistory(app);
    const plain = await forecast(app, id);
    const plainDetail = await latest(app, id, { from: "2026-03-02", to: "2026-03-16" });
    const closed = await request(app)
      .post("/api/special-days")
      .send({ queueId: id, localDate: "2026-03-04", kind: "closed", label: "Office move" });
    expect(closed.status).toBe(201);
    const launch = createSpecialDay.response.parse(
      (
        await request(app)
          .post("/api/special-days")
          .send({ queueId: null, localDate: "2026-03-05", kind: "factor", factor: 1.4, label: "Product launch" })
      ).body,
    );
    try {
      const withDays = await forecast(app, id);
      expect(withDays.id).not.toBe(plain.id);
      expect(withDays.specialDays).toEqual([
        { localDate: "2026-03-04", kind: "closed", factor: null, label: "Office move", scope: "queue" },
        { localDate: "2026-03-05", kind: "factor", factor: 1.4, label: "Product launch", scope: "organisation" },
      ]);
      const detail = await latest(app, id, { from: "2026-03-02", to: "2026-03-16" });
      expect(dayTotal(detail, "2026-03-04")).toBe(0);
      expect(dayTotal(detail, "2026-03-05")).toBeCloseTo(dayTotal(plainDetail, "2026-03-05")! * 1.4, 1);
      expect(dayTotal(detail, "2026-03-06")).toBeCloseTo(dayTotal(plainDetail, "2026-03-06")!, 2);
    } finally {
      await request(app).delete(`/api/special-days/${launch.id}`);
    }
  });

  it("refuses a horizon over 364 days, an unknown method and a queue without history", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await queueWithHistory(app);
    const long = await request(app).post(`/api/queues/${id}/forecasts`).send({ horizonDays: 365 });
    expect(errorResponse.parse(long.body).error.details).toEqual([
      expect.objectContaining({ path: "body.horizonDays" }),
    ]);
    const method = await request(app).post(`/api/queues/${id}/forecasts`).send({ method: "crystal-ball" });
    expect(method.status).toBe(400);
    expect(errorResponse.parse(method.body).error.details).toEqual([expect.objectContaining({ path: "body.method" })]);
    const empty = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const none = await request(app).post(`/api/queues/${empty.id}/forecasts`).send({});
    expect(none.status).toBe(400);
    const missing = await request(app).get(`/api/queues/${empty.id}/forecasts/latest`);
    expect(missing.status).toBe(404);
  });
});

describe("/api/special-days", () => {
  const dataSource = useTestDataSource();

  it("creates, lists, replaces and deletes a queue's special day", async () => {
    const app = buildTestApp(dataSource());
    const { id } = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const created = createSpecialDay.response.parse(
      (
        await request(app)
          .post("/api/special-days")
          .send({ queueId: id, localDate: "2026-12-25", kind: "closed", label: "Christmas" })
      ).body,
    );
    const listed = listSpecialDays.response.parse(
      (await request(app).get("/api/special-days").query({ queueId: id, from: "2026-12-01", to: "2027-01-01" })).body,
    );
    expect(listed.specialDays).toContainEqual(created);
    const replaced = await request(app)
      .put(`/api/special-days/${created.id}`)
      .send({ queueId: id, localDate: "2026-12-24", kind: "factor", factor: 0.5, label: "Christmas Eve" });
    expect(updateSpecialDay.response.parse(replaced.body)).toEqual({
      id: created.id,
      queueId: id,
      localDate: "2026-12-24",
      kind: "factor",
      factor: 0.5,
      label: "Christmas Eve",
    });
    expect((await request(app).delete(`/api/special-days/${created.id}`)).status).toBe(200);
    expect((await request(app).delete(`/api/special-days/${created.id}`)).status).toBe(404);
  });

  it("requires a factor exactly for factor days and a known queue", async () => {
    const app = buildTestApp(dataSource());
    const noFactor = await request(app)
      .post("/api/special-days")
      .send({ queueId: null, localDate: "2026-07-04", kind: "factor", label: "Sale" });
    expect(errorResponse.parse(noFactor.body).error.details).toEqual([
      expect.objectContaining({ path: "body.factor" }),
    ]);
    const unknownQueue = await request(app)
      .post("/api/special-days")
      .send({ queueId: "00000000-0000-4000-8000-000000000000", localDate: "2026-07-04", kind: "closed", label: "x" });
    expect(unknownQueue.status).toBe(404);
  });
});
