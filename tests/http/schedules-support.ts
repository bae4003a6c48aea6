import { randomUUID } from "node:crypto";
import request from "supertest";
import { expect } from "vitest";
import type { DataSource } from "typeorm";
import { agent as agentContract } from "../../api/contracts/agents";
import { queue as queueContract, type QueueDto } from "../../api/contracts/queues";
import type { Role } from "../../api/domain/access/role";
import { hashPassword } from "../../api/infrastructure/crypto/password-hash";
import { createPersistence } from "../../api/persistence/repositories";
import type { buildTestApp } from "../support/app";
import { agentInput, voiceQueueInput } from "../support/factories";

export type App = ReturnType<typeof buildTestApp>;
const password = "correct horse battery staple";

export async function createQueue(app: App, overrides: Partial<Omit<QueueDto, "id">> = {}) {
  return queueContract.parse((await request(app).post("/api/queues").send(voiceQueueInput(overrides))).body);
}

export async function createAgent(app: App, queueId: string, overrides: Parameters<typeof agentInput>[1] = {}) {
  const response = await request(app)
    .post("/api/agents")
    .send(agentInput([queueId], overrides));
  expect(response.status).toBe(201);
  return agentContract.parse(response.body);
}

/** A signed-in person with a personal API token; returns the Authorization header. */
export async function signIn(
  dataSource: DataSource,
  app: App,
  role: Role,
  extra: { vendor?: string; agentId?: string; displayTimeZone?: string } = {},
) {
  const persistence = createPersistence(dataSource);
  const organisation = (await persistence.repositories.organisations.findDefault())!;
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  await persistence.repositories.users.create({
    organisationId: organisation.id,
    email,
    displayName: role,
    role,
    vendor: extra.vendor ?? null,
    agentId: extra.agentId ?? null,
    displayTimeZone: extra.displayTimeZone ?? null,
    passwordHash: await hashPassword(password),
  });
  const session = await request(app).post("/api/auth/login").send({ email, password });
  expect(session.status).toBe(200);
  const token = await request(app)
    .post("/api/me/tokens")
    .set("Cookie", session.headers["set-cookie"]!)
    .set("X-CSRF-Token", session.body.csrfToken)
    .send({ name: "tests" });
  return { Authorization: `Bearer ${token.body.token as string}` };
}

/** Every day 00:00–24:00 local: availability that never binds, so a test's warnings come from the rule it is about. */
export const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday: weekday as 1,
  startLocal: "00:00",
  endLocal: "00:00",
}));
