import request from "supertest";
import { describe, expect, it } from "vitest";
import { queue } from "../../api/contracts/queues";
import { reforecastQueue } from "../../api/contracts/reforecast";
import { addDays } from "../../api/domain/time/local-date";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

/** Eight weeks at 100 an hour 07:00–19:00, weeks alternating 80 and 120 so mornings tell the day's level. */
function historyCsv(): string {
  const lines = ["timestamp,count"];
  for (let day = 0; day < 56; day += 1) {
    const level = Math.floor(day / 7) % 2 === 0 ? 80 : 120;
    for (let hour = 7; hour < 19; hour += 1)
      lines.push(`${addDays("2026-01-05", day)}T${String(hour).padStart(2, "0")}:00,${level}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("POST /api/queues/:queueId/reforecast", () => {
  const dataSource = useTestDataSource();

  it("re-levels the rest of today from the actuals observed since the day began", async () => {
    const app = buildTestApp(dataSource());
    const { id } = queue.parse(
      (
        await request(app)
          .post("/api/queues")
          .send(voiceQueueInput({ intervalMinutes: 60 }))
      ).body,
    );
    expect(
      (await request(app).post(`/api/queues/${id}/history`).set("Content-Type", "text/csv").send(historyCsv())).status,
    ).toBe(200);
    const morning = [
      "timestamp,offered,handled,abandoned",
      ...[7, 8, 9, 10].map((hour) => `2026-03-02T${String(hour).padStart(2, "0")}:00,150,145,5`),
    ].join("\n");
    expect(
      (await request(app).post(`/api/queues/${id}/actuals`).set("Content-Type", "text/csv").send(morning)).status,
    ).toBe(200);

    const response = await request(app).post(`/api/queues/${id}/reforecast`).send({ asOf: "2026-03-02T16:00:00Z" });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = reforecastQueue.response.parse(response.body);
    expect(body).toMatchObject({ observedSource: "actuals", observedIntervalCount: 4 });
    expect(body.multiplier).toBeGreaterThan(1.2);
    expect(body.intervals[0]!.intervalStart).toBe("2026-03-02T16:00:00.000Z");
    expect(body.intervals.at(-1)!.intervalStart).toBe("2026-03-03T04:00:00.000Z");
    const noon = body.intervals.find((interval) => interval.intervalStart === "2026-03-02T17:00:00.000Z")!;
    expect(noon.reforecastExpected).toBeCloseTo(noon.dayAheadExpected * body.multiplier, 1);
  });

  it("refuses a queue without history", async () => {
    const app = buildTestApp(dataSource());
    const { id } = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const response = await request(app).post(`/api/queues/${id}/reforecast`).send({ asOf: "2026-03-02T16:00:00Z" });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
  });
});
