import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForecast } from "../../api/contracts/forecasts";
import { createSchedule } from "../../api/contracts/schedules";
import { getScheduleSimulation } from "../../api/contracts/simulation";
import { stopWorkerPool } from "../../api/infrastructure/workers/worker-pool";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

/** Four weeks of weekday history, 12 contacts an hour 09:00–17:00 New York time, AHT 300 s. */
function weekdayHistoryCsv(): string {
  const lines = ["timestamp,count,aht_seconds"];
  for (let day = 0; day < 28; day += 1) {
    if (day % 7 >= 5) continue;
    const date = new Date(Date.UTC(2026, 1, 2 + day)).toISOString().slice(0, 10);
    for (let hour = 9; hour < 17; hour += 1) lines.push(`${date}T${String(hour).padStart(2, "0")}:00,12,300`);
  }
  return `${lines.join("\n")}\n`;
}

describe("GET /api/schedules/:scheduleId/simulation", () => {
  const dataSource = useTestDataSource();
  let app: App;
  let realAuth: App;
  beforeAll(() => {
    app = buildTestApp(dataSource());
    realAuth = buildTestApp(dataSource(), { isRealAuth: true });
  });
  afterAll(() => stopWorkerPool());

  it("simulates a draft's shifts against the schedule's forecast, keeps the answer per revision, re-simulates an edit, and answers what-ifs", async () => {
    const queue = await createQueue(app, { timeZone: "America/New_York", intervalMinutes: 60, patienceSeconds: 120 });
    await request(app)
      .post(`/api/queues/${queue.id}/history`)
      .set("Content-Type", "text/csv")
      .send(weekdayHistoryCsv());
    createForecast.response.parse(
      (await request(app).post(`/api/queues/${queue.id}/forecasts`).send({ horizonDays: 7, method: "seasonal-naive" }))
        .body,
    );
    // Monday 2 March 2026 in New York (EST, UTC−5): one whole local day.
    const created = await request(app)
      .post("/api/schedules")
      .send({ periodStart: "2026-03-02T05:00:00Z", periodEnd: "2026-03-03T05:00:00Z", queueIds: [queue.id] });
    const schedule = createSchedule.response.parse(created.body);
    const agents = [
      await createAgent(app, queue.id, { availability: allWeek }),
      await createAgent(app, queue.id, { availability: allWeek }),
    ];
    await request(app)
      .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
      .send({
        agentId: agents[0]!.id,
        queueIds: [queue.id],
        startUtc: "2026-03-02T14:00:00Z",
        endUtc: "2026-03-02T22:00:00Z",
      })
      .expect(201);

    const first = await request(app).get(`/api/schedules/${schedule.id}/simulation`);
    expect(first.status).toBe(200);
    const oneAgent = getScheduleSimulation.response.parse(first.body);
    expect(oneAgent).toMatchObject({
      scheduleId: schedule.id,
      versionNumber: 1,
      status: "draft",
      isPrecisionReached: true,
    });
    expect(oneAgent.replications).toBeGreaterThanOrEqual(10);
    expect(oneAgent.intervals).toHaveLength(24);
    expect(oneAgent.days).toEqual([
      expect.objectContaining({ queueId: queue.id, localDate: "2026-03-02", isWholeDay: true }),
    ]);
    const day = oneAgent.days[0]!;
    // 12 calls an hour of 300 s is 1 Erlang: one agent is saturated and many callers hang up.
    expect(day.offered.mean!).toBeGreaterThan(80);
    expect(day.abandonmentFraction.mean!).toBeGreaterThan(0.1);
    expect(day.serviceLevelFraction.halfWidth95!).toBeLessThanOrEqual(0.01);
    const closed = oneAgent.intervals.find((interval) => interval.intervalStartUtc === "2026-03-02T05:00:00.000Z")!;
    expect(closed.offered.mean).toBe(0);
    expect(closed.serviceLevelFraction.mean).toBeNull();

    expect((await request(app).get(`/api/schedules/${schedule.id}/simulation`)).body).toEqual(first.body);

    await request(app)
      .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
      .send({
        agentId: agents[1]!.id,
        queueIds: [queue.id],
        startUtc: "2026-03-02T14:00:00Z",
        endUtc: "2026-03-02T22:00:00Z",
      })
      .expect(201);
    const twoAgents = getScheduleSimulation.response.parse(
      (await request(app).get(`/api/schedules/${schedule.id}/simulation`)).body,
    );
    expect(twoAgents.revision).not.toBe(oneAgent.revision);
    expect(twoAgents.days[0]!.serviceLevelFraction.mean!).toBeGreaterThan(day.serviceLevelFraction.mean! + 0.1);

    const absent = getScheduleSimulation.response.parse(
      (await request(app).get(`/api/schedules/${schedule.id}/simulation`).query({ absentAgentIds: agents[1]!.id }))
        .body,
    );
    expect(absent.days[0]!.serviceLevelFraction).toEqual(day.serviceLevelFraction);
    const busier = getScheduleSimulation.response.parse(
      (await request(app).get(`/api/schedules/${schedule.id}/simulation`).query({ volumeFactor: 1.5 })).body,
    );
    expect(busier.days[0]!.offered.mean! / twoAgents.days[0]!.offered.mean!).toBeCloseTo(1.5, 1);
    expect(busier.days[0]!.serviceLevelFraction.mean!).toBeLessThan(twoAgents.days[0]!.serviceLevelFraction.mean!);
  });

  it("is for planners: an agent and a vendor manager are refused, an unknown schedule is not found", async () => {
    const queue = await createQueue(app, { timeZone: "America/New_York" });
    const schedule = createSchedule.response.parse(
      (
        await request(app)
          .post("/api/schedules")
          .send({ periodStart: "2026-03-02T05:00:00Z", periodEnd: "2026-03-03T05:00:00Z", queueIds: [queue.id] })
      ).body,
    );
    for (const role of ["agent", "vendor_manager"] as const) {
      const auth = await signIn(dataSource(), realAuth, role, role === "vendor_manager" ? { vendor: "Horizon" } : {});
      expect((await request(realAuth).get(`/api/schedules/${schedule.id}/simulation`).set(auth)).status).toBe(403);
    }
    const planner = await signIn(dataSource(), realAuth, "planner");
    expect((await request(realAuth).get(`/api/schedules/${schedule.id}/simulation`).set(planner)).status).toBe(200);
    expect((await request(app).get("/api/schedules/00000000-0000-4000-8000-000000000000/simulation")).status).toBe(404);
    expect(
      (await request(app).get(`/api/schedules/${schedule.id}/simulation`).query({ absentAgentIds: "not-a-uuid" }))
        .status,
    ).toBe(400);
  });
});
