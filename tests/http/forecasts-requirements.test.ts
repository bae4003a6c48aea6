import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { createForecast } from "../../api/contracts/forecasts";
import { queue, type QueueDto } from "../../api/contracts/queues";
import { getQueueRequirements } from "../../api/contracts/requirements";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

type App = ReturnType<typeof buildTestApp>;

/** Four weeks of a flat weekday pattern: 36 contacts an hour 09:00–17:00 Monday to Friday, AHT 300 s. */
function flatWeekdayHistoryCsv(): string {
  const lines = ["timestamp,count,aht_seconds"];
  for (let day = 0; day < 28; day += 1) {
    if (day % 7 >= 5) continue;
    const date = new Date(Date.UTC(2026, 1, 2 + day)).toISOString().slice(0, 10);
    for (let hour = 9; hour < 17; hour += 1) lines.push(`${date}T${String(hour).padStart(2, "0")}:00,36,300`);
  }
  return `${lines.join("\n")}\n`;
}

async function forecastQueue(app: App, overrides: Partial<Omit<QueueDto, "id">>) {
  const created = queue.parse(
    (
      await request(app)
        .post("/api/queues")
        .send(voiceQueueInput({ intervalMinutes: 60, ...overrides }))
    ).body,
  );
  await request(app)
    .post(`/api/queues/${created.id}/history`)
    .set("Content-Type", "text/csv")
    .send(flatWeekdayHistoryCsv());
  const forecast = createForecast.response.parse(
    (await request(app).post(`/api/queues/${created.id}/forecasts`).send({ horizonDays: 7, method: "seasonal-naive" }))
      .body,
  );
  expect(forecast.startDate).toBe("2026-02-28");
  return created;
}

async function requirements(app: App, queueId: string, query: Record<string, string>) {
  const response = await request(app).get(`/api/queues/${queueId}/requirements`).query(query);
  expect(response.status).toBe(200);
  return getQueueRequirements.response.parse(response.body);
}

describe("GET /api/queues/:queueId/requirements", () => {
  const dataSource = useTestDataSource();

  it("staffs a voice queue's forecast by Erlang C: enough agents for 80 % in 20 s, none while closed", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await forecastQueue(app, {});
    const result = await requirements(app, id, { from: "2026-03-02", to: "2026-03-03" });
    expect(result).toMatchObject({
      queueId: id,
      channel: "voice",
      model: "erlang-c",
      intervalMinutes: 60,
      quantile: "expected",
    });
    expect(result.intervals).toHaveLength(24);
    const open = result.intervals.filter((interval) => interval.volume > 0);
    expect(open).toHaveLength(8);
    for (const interval of open) {
      // 36 calls × 300 s / 3600 s = 3 Erlangs. Erlang C by hand (Erlang B recursion, then
      // SL = 1 − C·e^(−(N−A)·T/AHT)): N = 5 gives C ≈ 0.236, SL ≈ 0.793 < 0.8; N = 6 gives C ≈ 0.099, SL ≈ 0.919.
      expect(interval.trafficErlangs).toBeCloseTo(3, 9);
      expect(interval.agents).toBe(6);
      expect(interval.serviceLevel).toBeCloseTo(0.919, 3);
      expect(interval.scheduledAgents).toBe(9);
    }
    for (const interval of result.intervals.filter((item) => item.volume === 0)) expect(interval.agents).toBe(0);
    expect(result.peakAgents).toBe(6);
    expect(result.scheduledAgentHours).toBe(8 * 9);
  });

  it("staffs the P80 on request, and uses Erlang A (fewer agents, callers abandon) where patience is known", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await forecastQueue(app, { patienceSeconds: 120 });
    const day = { from: "2026-03-02", to: "2026-03-03" };
    const expected = await requirements(app, id, day);
    expect(expected.model).toBe("erlang-a");
    const sum = (items: typeof expected.intervals) => items.reduce((total, item) => total + item.agents, 0);
    const erlangC = await requirements(app, id, { ...day, model: "erlang-c" });
    expect(erlangC.model).toBe("erlang-c");
    expect(sum(expected.intervals)).toBeLessThan(sum(erlangC.intervals));
    const p80 = await requirements(app, id, { ...day, quantile: "p80", model: "erlang-c" });
    const open = p80.intervals.filter((item) => item.volume > 0);
    expect(open.every((item) => item.volume > 36)).toBe(true);
    expect(sum(p80.intervals)).toBeGreaterThanOrEqual(sum(erlangC.intervals));
  });

  it("plans an email queue by the workload model inside its business hours", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await forecastQueue(app, {
      channel: "email",
      targetServiceLevel: null,
      targetAnswerSeconds: null,
      maxOccupancy: null,
      targetResponseHours: 4,
      targetResponseFraction: 0.9,
      businessHours: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday: weekday as 1,
        startLocal: "08:00",
        endLocal: "18:00",
      })),
    });
    const result = await requirements(app, id, { from: "2026-03-02", to: "2026-03-07" });
    expect(result.model).toBe("email-workload");
    const agentHours = result.intervals.reduce((total, item) => total + item.fractionalFte * (1 - 0.3), 0);
    // 5 days × 288 items × 300 s = 120 agent-hours arrive; the plan works at most that, and at least the
    // share due inside the range (Friday's last 4 business hours of arrivals may be answered on Monday).
    expect(agentHours).toBeLessThanOrEqual(120 + 1e-6);
    expect(agentHours).toBeGreaterThanOrEqual(120 - 12);
    const isBusinessHour = (instant: string) => {
      const hour = (new Date(instant).getUTCHours() + 24 - 5) % 24;
      return hour >= 8 && hour < 18;
    };
    expect(result.intervals.filter((item) => item.agents > 0).every((item) => isBusinessHour(item.intervalStart))).toBe(
      true,
    );
  });

  it("answers 400 for dates outside the forecast and 404 for a queue without one", async () => {
    const app = buildTestApp(dataSource());
    const { id } = await forecastQueue(app, {});
    const outside = await request(app)
      .get(`/api/queues/${id}/requirements`)
      .query({ from: "2027-01-01", to: "2027-01-02" });
    expect(outside.status).toBe(400);
    expect(errorResponse.parse(outside.body).error.details).toEqual([expect.objectContaining({ path: "query.from" })]);
    const bare = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    expect(
      (await request(app).get(`/api/queues/${bare.id}/requirements`).query({ from: "2026-03-02", to: "2026-03-03" }))
        .status,
    ).toBe(404);
  });
});
