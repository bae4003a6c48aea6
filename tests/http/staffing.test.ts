import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { requirementsResponse, staffingBatchResponse } from "../../api/contracts/staffing";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";

/** The worked example of callcentrehelper.com's Erlang C article (see tests/domain/staffing for the citation). */
const reference = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetAnswerSeconds: 20,
  targetServiceLevel: 0.8,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe("POST /api/staffing/calculate", () => {
  const dataSource = useTestDataSource();

  it("answers the published reference case", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/staffing/calculate")
      .send({ cases: [reference] });
    expect(response.status).toBe(200);
    const [result] = staffingBatchResponse.parse(response.body).results;
    expect(result).toMatchObject({ trafficErlangs: 10, agents: 14, scheduledAgents: 20 });
    expect(result!.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result!.asaSeconds).toBeCloseTo(7.84, 2);
  });

  it("computes a large batch off the event loop, in input order", async () => {
    const cases = Array.from({ length: 5_000 }, (_, index) => ({ ...reference, callsPerInterval: 50 + (index % 500) }));
    const response = await request(buildTestApp(dataSource())).post("/api/staffing/calculate").send({ cases });
    expect(response.status).toBe(200);
    const { results } = staffingBatchResponse.parse(response.body);
    expect(results).toHaveLength(5_000);
    expect(results[50]!.agents).toBe(results[550]!.agents);
    expect(results[0]!.trafficErlangs).toBe(5);
  });

  it("names the case and field of a bad case", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/staffing/calculate")
      .send({ cases: [reference, { ...reference, ahtSeconds: 0 }] });
    expect(response.status).toBe(400);
    expect(errorResponse.parse(response.body).error.details).toEqual([
      expect.objectContaining({ path: "body.cases.1.ahtSeconds" }),
    ]);
  });

  it("names the case and field of a bad case in a batch validated on the worker pool, and refuses malformed JSON there too", async () => {
    const cases = Array.from({ length: 5_000 }, (_, index) =>
      index === 4_321 ? { ...reference, shrinkage: 1 } : reference,
    );
    const invalid = await request(buildTestApp(dataSource())).post("/api/staffing/calculate").send({ cases });
    expect(invalid.status).toBe(400);
    expect(errorResponse.parse(invalid.body).error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "body.cases.4321.shrinkage", message: "must be in [0, 1)" }],
    });
    const malformed = await request(buildTestApp(dataSource()))
      .post("/api/staffing/calculate")
      .set("Content-Type", "application/json")
      .send(`${JSON.stringify({ cases })}]`);
    expect(malformed.status).toBe(400);
    expect(errorResponse.parse(malformed.body).error.code).toBe("invalid_json");
  });

  it("refuses a body that is not a JSON object, and a request without a body, as before", async () => {
    const app = buildTestApp(dataSource());
    const scalar = await request(app)
      .post("/api/staffing/calculate")
      .set("Content-Type", "application/json")
      .send('"cases"');
    expect(errorResponse.parse(scalar.body).error.code).toBe("invalid_json");
    const empty = await request(app).post("/api/staffing/calculate");
    expect(empty.status).toBe(400);
    expect(errorResponse.parse(empty.body).error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "body" }],
    });
    const text = await request(app).post("/api/staffing/calculate").set("Content-Type", "text/plain").send("{}");
    expect(text.status).toBe(415);
  });
});

describe("POST /api/staffing/requirements", () => {
  const dataSource = useTestDataSource();

  it("staffs a voice series per interval and nothing where nothing arrives", async () => {
    const intervals = ["2026-03-09T13:00:00Z", "2026-03-09T13:30:00Z", "2026-03-09T14:00:00Z"].map(
      (intervalStart, index) => ({ intervalStart, volume: [100, 0, 200][index]!, ahtSeconds: 180 }),
    );
    const response = await request(buildTestApp(dataSource()))
      .post("/api/staffing/requirements")
      .send({
        queue: {
          channel: "voice",
          targetServiceLevel: 0.8,
          targetAnswerSeconds: 20,
          maxOccupancy: 0.85,
          shrinkage: 0.3,
        },
        intervalSeconds: 1800,
        intervals,
      });
    expect(response.status).toBe(200);
    const body = requirementsResponse.parse(response.body);
    expect(body.intervals.map((interval) => interval.agents)).toEqual([14, 0, expect.any(Number)]);
    expect(body.intervals[2]!.agents).toBeGreaterThan(14);
    expect(body.intervals[1]!.serviceLevel).toBeNull();
  });
});
