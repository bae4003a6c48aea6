import request from "supertest";
import { describe, expect, it } from "vitest";
import { getHealth } from "../../api/http/contracts/health";
import { buildTestApp } from "../support/app";
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

  it("serves the OpenAPI 3.1 document generated from the contracts and the docs page", async () => {
    const app = buildTestApp(dataSource());
    const document = await request(app).get("/api/openapi.json");
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe("3.1.0");
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/queues", "/api/queues/{queueId}", "/api/agents/import"]));
    expect(document.body.paths["/api/queues"].post.requestBody.content["application/json"].schema.properties.timeZone).toBeDefined();
    const docs = await request(app).get("/api/docs");
    expect(docs.status).toBe(200);
    expect(docs.text).toContain("/api/docs/assets/swagger-ui-bundle.js");
    const bundle = await request(app).get("/api/docs/assets/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
  });
});
