import request from "supertest";
import { describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import { listQueues, queue } from "../../api/contracts/queues";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { voiceQueueInput } from "../support/factories";

describe("/api/queues", () => {
  const dataSource = useTestDataSource();

  it("creates a queue, lists it and reads it back", async () => {
    const app = buildTestApp(dataSource());
    const input = voiceQueueInput();
    const created = await request(app).post("/api/queues").send(input);
    expect(created.status).toBe(201);
    const body = queue.parse(created.body);
    expect(body).toMatchObject(input);
    const listed = listQueues.response.parse((await request(app).get("/api/queues")).body);
    expect(listed.queues.map((item) => item.id)).toContain(body.id);
    const read = await request(app).get(`/api/queues/${body.id}`);
    expect(queue.parse(read.body)).toEqual(body);
  });

  it("changes only the fields a PATCH names", async () => {
    const app = buildTestApp(dataSource());
    const created = queue.parse((await request(app).post("/api/queues").send(voiceQueueInput())).body);
    const patched = await request(app).patch(`/api/queues/${created.id}`).send({ targetServiceLevel: 0.9 });
    expect(patched.status).toBe(200);
    expect(queue.parse(patched.body)).toEqual({ ...created, targetServiceLevel: 0.9 });
  });

  it("requires each channel's own SLA fields", async () => {
    const app = buildTestApp(dataSource());
    const chat = await request(app)
      .post("/api/queues")
      .send(voiceQueueInput({ channel: "chat", concurrency: null }));
    expect(chat.status).toBe(400);
    expect(errorResponse.parse(chat.body).error.details).toEqual([
      expect.objectContaining({ path: "body.concurrency" }),
    ]);
    const email = await request(app)
      .post("/api/queues")
      .send(voiceQueueInput({ channel: "email" }));
    expect(email.status).toBe(400);
    expect(errorResponse.parse(email.body).error.details.map((detail) => (detail as { path: string }).path)).toEqual([
      "body.targetResponseHours",
      "body.targetResponseFraction",
    ]);
  });

  it("answers 409 for a second queue with the same name", async () => {
    const app = buildTestApp(dataSource());
    const input = voiceQueueInput();
    expect((await request(app).post("/api/queues").send(input)).status).toBe(201);
    const duplicate = await request(app).post("/api/queues").send(input);
    expect(duplicate.status).toBe(409);
    expect(errorResponse.parse(duplicate.body).error.code).toBe("conflict");
  });

  it("answers 404 for an unknown queue and 400 for a malformed id", async () => {
    const app = buildTestApp(dataSource());
    const missing = await request(app).get("/api/queues/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(errorResponse.parse(missing.body).error.code).toBe("not_found");
    const malformed = await request(app).get("/api/queues/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(errorResponse.parse(malformed.body).error.details).toEqual([
      expect.objectContaining({ path: "params.queueId" }),
    ]);
  });
});
