import { createServer, connect, type Server, type Socket } from "node:net";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DataSource } from "typeorm";
import { errorResponse } from "../../api/contracts/errors";
import { createDataSource } from "../../api/persistence/data-source";
import { buildTestApp } from "../support/app";

/**
 * A real outage: the app reaches the run's database through a TCP relay on this machine; closing the
 * relay cuts every open connection and refuses new ones, as a stopped server or a lost network does.
 */
function startRelay(target: URL): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      const cut = () =>
        new Promise<void>((closed) => {
          server.close(() => closed());
          for (const socket of sockets) socket.destroy();
        });
      resolve({ port, cut });
    });
  });
}

describe("API calls while the database is down", () => {
  let dataSource: DataSource;
  let cut: () => Promise<void>;

  beforeAll(async () => {
    const target = new URL(inject("databaseUrl"));
    const relay = await startRelay(target);
    cut = relay.cut;
    const throughRelay = new URL(target);
    throughRelay.hostname = "127.0.0.1";
    throughRelay.port = String(relay.port);
    dataSource = createDataSource(throughRelay.toString(), { poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy().catch(() => undefined);
  });

  it("answers 503 database_unavailable, not 500, on reads and writes once the server is unreachable", async () => {
    const app = buildTestApp(dataSource);
    expect((await request(app).get("/api/queues")).status).toBe(200);
    await cut();
    for (const call of [
      request(app).get("/api/queues"),
      request(app).get("/api/agents"),
      request(app).post("/api/time-off").send({
        agentId: "00000000-0000-4000-8000-000000000000",
        startsAt: "2026-01-01T00:00:00Z",
        endsAt: "2026-01-02T00:00:00Z",
        reason: "x",
      }),
    ]) {
      const response = await call;
      expect(response.status).toBe(503);
      expect(errorResponse.parse(response.body).error.code).toBe("database_unavailable");
      expect(response.headers["retry-after"]).toBeDefined();
    }
  });

  it("answers 503 to a signed-in request whose credentials cannot be looked up", async () => {
    const app = buildTestApp(dataSource, { isRealAuth: true });
    const response = await request(app)
      .get("/api/auth/session")
      .set("Authorization", "Bearer sct_not-a-real-token-but-looked-up");
    expect(response.status).toBe(503);
    expect(errorResponse.parse(response.body).error.code).toBe("database_unavailable");
  });
});
