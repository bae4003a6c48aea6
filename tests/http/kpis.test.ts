import request from "supertest";
import { describe, expect, it } from "vitest";
import { getQueueKpis } from "../../api/contracts/kpis";
import { queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";
import { createSignedInPerson } from "../support/people";

type App = ReturnType<typeof buildTestApp>;

const ACTUALS = [
  "timestamp,offered,handled,abandoned,answered_within_threshold,abandoned_within_threshold,aht_seconds,asa_seconds,fcr,csat",
  "2026-03-02 09:00,100,90,10,72,4,300,15,0.7,4.2",
  "2026-03-02 09:30,50,48,2,45,2,240,8,0.7,4.2",
].join("\n");

async function queueWithActuals(app: App, headers: Record<string, string> = {}) {
  const { id } = queue.parse((await request(app).post("/api/queues").set(headers).send(voiceQueueInput())).body);
  expect(
    (await request(app).post(`/api/queues/${id}/actuals`).set(headers).set("Content-Type", "text/csv").send(ACTUALS))
      .status,
  ).toBe(200);
  return id;
}

const kpis = (app: App, id: string, headers: Record<string, string> = {}, granularity = "day") =>
  request(app).get(`/api/queues/${id}/kpis`).set(headers).query({ from: "2026-03-02", to: "2026-03-03", granularity });

describe("GET /api/queues/:queueId/kpis", () => {
  const dataSource = useTestDataSource();

  it("answers the day's KPIs from the imported actuals, under the queue's abandon definition, and as CSV", async () => {
    const app = buildTestApp(dataSource());
    const id = await queueWithActuals(app);
    const response = await kpis(app, id);
    expect(response.status).toBe(200);
    const body = getQueueKpis.response.parse(response.body);
    expect(body.serviceLevelAbandonRule).toBe("abandons-count-against");
    const [day] = body.periods;
    expect(day).toMatchObject({
      localDate: "2026-03-02",
      actualVolume: 150,
      serviceLevelFraction: 0.78,
      abandonFraction: 0.08,
      fcrFraction: 0.7,
      csatScore: 4.2,
      forecastVolume: null,
      scheduledAgentHours: 0,
      targetServiceLevelFraction: 0.8,
    });
    expect(day!.ahtSeconds).toBeCloseTo(279.13, 2);
    expect(day!.requiredFromActualAgentHours).toBeGreaterThan(0);

    expect(
      (
        await request(app)
          .put(`/api/queues/${id}/kpi-settings`)
          .send({ serviceLevelAbandonRule: "short-abandons-excluded" })
      ).status,
    ).toBe(200);
    const excluded = getQueueKpis.response.parse((await kpis(app, id)).body);
    expect(excluded.periods[0]!.serviceLevelFraction).toBeCloseTo(117 / 144, 4);

    const csv = await request(app)
      .get(`/api/queues/${id}/kpis/export`)
      .query({ from: "2026-03-02", to: "2026-03-03", granularity: "interval" });
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split("\n");
    expect(lines[0]).toBe(
      "period_start,local_date,forecast_volume,actual_volume,wmape,bias,required_agent_hours,required_from_actual_agent_hours,scheduled_agent_hours,present_agent_hours,service_level,target_service_level,asa_seconds,aht_seconds,abandon_rate,occupancy,fcr,csat",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith("2026-03-02T14:00:00.000Z,2026-03-02,,100,")).toBe(true);
  });

  it("shows a vendor manager only a queue their partner's agents work, and refuses agents", async () => {
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const director = await createSignedInPerson(dataSource(), app, "director");
    const vendor = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Horizon BPO" });
    const agent = await createSignedInPerson(dataSource(), app, "agent");
    const partnerQueue = await queueWithActuals(app, director.headers);
    const otherQueue = await queueWithActuals(app, director.headers);
    expect(
      (
        await request(app)
          .post("/api/agents")
          .set(director.headers)
          .send(agentInput([partnerQueue], { vendor: "Horizon BPO" }))
      ).status,
    ).toBe(201);
    expect((await kpis(app, partnerQueue, vendor.headers)).status).toBe(200);
    expect((await kpis(app, otherQueue, vendor.headers)).status).toBe(403);
    expect((await kpis(app, partnerQueue, agent.headers)).status).toBe(403);
    expect((await kpis(app, partnerQueue, director.headers)).status).toBe(200);
  });
});
