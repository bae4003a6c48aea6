import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { buildTestApp, captureLogs } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

describe("the API's error shape", () => {
  const dataSource = useTestDataSource();

  it("answers a malformed JSON body with 400 invalid_json", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/queues")
      .set("Content-Type", "application/json")
      .send('{"name": ');
    expect(response.status).toBe(400);
    expect(errorResponse.parse(response.body).error.code).toBe("invalid_json");
  });

  it("answers an unknown API route with 404 route_not_found", async () => {
    const response = await request(buildTestApp(dataSource())).get("/api/no-such-thing");
    expect(response.status).toBe(404);
    expect(errorResponse.parse(response.body).error).toMatchObject({ code: "route_not_found", details: [] });
  });

  it("answers a zod failure with 400 validation_failed naming each field path", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/queues")
      .send(voiceQueueInput({ timeZone: "+05:00", shrinkage: 1.2 }));
    expect(response.status).toBe(400);
    const { error } = errorResponse.parse(response.body);
    expect(error.code).toBe("validation_failed");
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "body.timeZone" }),
        expect.objectContaining({ path: "body.shrinkage" }),
      ]),
    );
  });

  it("rejects a body of the wrong media type with 415", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/queues")
      .set("Content-Type", "text/plain")
      .send("name=x");
    expect(response.status).toBe(415);
    expect(errorResponse.parse(response.body).error.code).toBe("unsupported_media_type");
  });

  it("rejects a body over the endpoint's limit with 413", async () => {
    const response = await request(buildTestApp(dataSource()))
      .post("/api/queues")
      .send({ ...voiceQueueInput(), name: "x".repeat(200_000) });
    expect(response.status).toBe(413);
    expect(errorResponse.parse(response.body).error.code).toBe("payload_too_large");
  });

  it("answers an unexpected failure with 500 and no internals, logging it with the request id", async () => {
    const logs = captureLogs();
    const app = buildTestApp(dataSource(), {
      logger: logs.logger,
      override: (services) => ({
        ...services,
        queues: { ...services.queues, list: () => Promise.reject(new Error("secret connection detail")) },
      }),
    });
    const response = await request(app).get("/api/queues").set("X-Request-Id", "request-under-test");
    expect(response.status).toBe(500);
    const { error } = errorResponse.parse(response.body);
    expect(error.code).toBe("internal_error");
    expect(JSON.stringify(response.body)).not.toContain("secret");
    const logged = logs.lines().find((line) => line.includes("secret connection detail"));
    expect(logged).toContain("request-under-test");
  });

  it("sets security headers", async () => {
    const response = await request(buildTestApp(dataSource())).get("/api/health");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });
});
