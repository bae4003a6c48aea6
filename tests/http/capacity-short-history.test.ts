import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createCapacityPlan } from "../../api/contracts/capacity";
import { errorResponse } from "../../api/contracts/errors";
import { queue } from "../../api/contracts/queues";
import { createPersistence } from "../../api/persistence/repositories";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";
import { buildStudentCentre, type StudentCentre } from "./capacity-support";

/**
 * A queue with a day of history (a two-row import, say) cannot be forecast a week ahead; a plan
 * over it must say so instead of failing with 500, and a plan over the organisation must still be made.
 */
describe("a capacity plan over a queue with less than a week of history", () => {
  const dataSource = useTestDataSource();
  let app: ReturnType<typeof buildTestApp>;
  let centre: StudentCentre;
  let shortQueueId: string;

  beforeAll(async () => {
    app = buildTestApp(dataSource());
    centre = await buildStudentCentre(app, dataSource());
    const short = queue.parse(
      (
        await request(app)
          .post("/api/queues")
          .send(voiceQueueInput({ businessHours: [] }))
      ).body,
    );
    shortQueueId = short.id;
    const rows = [9, 10, 11].map((hour) => ({
      intervalStart: new Date(`2026-01-02T${hour + 5}:00:00Z`),
      volume: 12.5,
      ahtSeconds: 240,
    }));
    await createPersistence(dataSource()).repositories.history.replaceRange(
      short.id,
      new Date(0),
      new Date("2026-01-05T05:00:00Z"),
      rows,
    );
  });

  it("leaves that queue out of the demand and names why", async () => {
    const response = await request(app)
      .post("/api/capacity/plans")
      .send({
        name: "Short and long",
        startDate: "2026-01-05",
        asOfDate: "2026-01-05",
        queueIds: [centre.queueId, shortQueueId],
        weekCount: 8,
      });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const plan = createCapacityPlan.response.parse(response.body);
    const sources = new Map(plan.demandSources.map((source) => [source.queueId, source]));
    expect(sources.get(shortQueueId)).toMatchObject({
      method: "too little history",
      forecastVolume: 0,
      scheduledAgentHours: 0,
    });
    expect(sources.get(centre.queueId)!.scheduledAgentHours).toBeGreaterThan(0);
  });

  it("refuses a plan whose only queue has less than a week of history with 400 naming the field", async () => {
    const response = await request(app)
      .post("/api/capacity/plans")
      .send({
        name: "Only short",
        startDate: "2026-01-05",
        asOfDate: "2026-01-05",
        queueIds: [shortQueueId],
        weekCount: 8,
      });
    expect(response.status).toBe(400);
    const body = errorResponse.parse(response.body);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details).toContainEqual(expect.objectContaining({ path: "body.queueIds" }));
  });
});
