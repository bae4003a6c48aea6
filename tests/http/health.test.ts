import request from "supertest";
import { describe, expect, it } from "vitest";
import { getHealth } from "../../api/contracts/health";
import { buildTestApp, captureLogs } from "../support/app";
import { useTestDataSource } from "../support/database";

describe("GET /api/health", () => {
  const dataSource = useTestDataSource();

  it("is green with the database reachable and every migration applied", async () => {
    const response = await request(buildTestApp(dataSource())).get("/api/health");
    expect(response.status).toBe(200);
    const body = getHealth.response.parse(response.body);
    expect(body.status).toBe("ok");
    expect(body.database.isReachable).toBe(true);
    expect(body.migrations).toMatchObject({ pending: [], isUpToDate: true });
    expect(body.migrations.applied.length).toBeGreaterThan(0);
  });

  it("echoes a sane X-Request-Id and replaces an unsafe one", async () => {
    const app = buildTestApp(dataSource());
    const kept = await request(app).get("/api/health").set("X-Request-Id", "abc-12345-def");
    expect(kept.headers["x-request-id"]).toBe("abc-12345-def");
    const replaced = await request(app).get("/api/health").set("X-Request-Id", "<script>");
    expect(replaced.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("routes a path in any case and with a trailing slash, as Express matches, and a parameterised one", async () => {
    const app = buildTestApp(dataSource());
    expect((await request(app).get("/API/Health/")).status).toBe(200);
    expect((await request(app).get("/api/queues/")).status).toBe(200);
    expect((await request(app).get("/api/queues/00000000-0000-4000-8000-000000000000")).body.error.code).toBe(
      "not_found",
    );
    expect((await request(app).get("/api/queuesx")).body.error.code).toBe("route_not_found");
    expect((await request(app).get("/api/openapi.json")).status).toBe(200);
  });

  it("logs one line per request with its id, method, path and status, but no query string or header", async () => {
    const logs = captureLogs();
    const app = buildTestApp(dataSource(), { logger: logs.logger });
    await request(app)
      .get("/api/health?probe=secret-query")
      .set("X-Request-Id", "request-logged-1")
      .set("Authorization", "Bearer secret-token");
    await request(app).get("/api/no-such-route").set("X-Request-Id", "request-logged-2");
    const lines = logs.lines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      lines.filter((line) => line.msg === "request completed").map(({ level, req, res }) => ({ level, req, res })),
    ).toEqual([
      { level: 30, req: { id: "request-logged-1", method: "GET", path: "/api/health" }, res: { statusCode: 200 } },
      {
        level: 40,
        req: { id: "request-logged-2", method: "GET", path: "/api/no-such-route" },
        res: { statusCode: 404 },
      },
    ]);
    expect(logs.lines().join("")).not.toMatch(/secret/);
  });

  it("serves the OpenAPI 3.1 document generated from the contracts and the docs page", async () => {
    const app = buildTestApp(dataSource());
    const document = await request(app).get("/api/openapi.json");
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe("3.1.0");
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/queues", "/api/queues/{queueId}", "/api/agents/import"]),
    );
    expect(
      document.body.paths["/api/queues"].post.requestBody.content["application/json"].schema.properties.timeZone,
    ).toBeDefined();
    const docs = await request(app).get("/api/docs");
    expect(docs.status).toBe(200);
    expect(docs.text).toContain("/api/docs/assets/swagger-ui-bundle.js");
    const bundle = await request(app).get("/api/docs/assets/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
  });
});
