import { randomUUID } from "node:crypto";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { agent as agentContract } from "../../api/contracts/agents";
import { createApiToken, listApiTokens, listUsers, userSummary } from "../../api/contracts/auth";
import { createPersistence } from "../../api/persistence/repositories";
import { hashSecret, newSecret } from "../../api/infrastructure/crypto/secret-token";
import { hashPassword } from "../../api/infrastructure/crypto/password-hash";
import { connectCacheNotices, type CacheNotice } from "../../api/infrastructure/cache/cache-notices";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";
import { createSignedInPerson, testPassword, type SignedInPerson } from "../support/people";

describe("offboarding: disabled users, agents who left, expiring API tokens", () => {
  const dataSource = useTestDataSource();
  let system: ReturnType<typeof buildTestApp>;
  let app: ReturnType<typeof buildTestApp>;
  let director: SignedInPerson;
  let queueId: string;
  const persistence = () => createPersistence(dataSource());

  beforeAll(async () => {
    system = buildTestApp(dataSource());
    app = buildTestApp(dataSource(), { isRealAuth: true });
    queueId = (await request(system).post("/api/queues").send(voiceQueueInput())).body.id;
    director = await createSignedInPerson(dataSource(), app, "director");
  });

  const userIdOf = async (email: string) => (await persistence().repositories.users.findCredentials(email))!.user.id;
  // From an address of its own: the refusals here must not spend the per-address budget other files sign in with.
  const address = `10.200.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const signIn = (target: ReturnType<typeof buildTestApp>, email: string) =>
    request(target).post("/api/auth/login").set("X-Forwarded-For", address).send({ email, password: testPassword });

  it("disables a user: their session and token stop at once, in this worker and (through the cache notices) in another, and they cannot sign in", async () => {
    const otherWorker = buildTestApp(dataSource(), { isRealAuth: true });
    const notices: CacheNotice[] = [];
    const deliver = connectCacheNotices((notice) => {
      notices.push(notice);
      deliver(notice);
    });
    const planner = await createSignedInPerson(dataSource(), app, "planner");
    const session = await signIn(app, planner.email);
    const cookie = session.headers["set-cookie"]!;
    for (const target of [app, otherWorker]) {
      expect((await request(target).get("/api/auth/session").set(planner.headers)).status).toBe(200);
      expect((await request(target).get("/api/auth/session").set("Cookie", cookie)).status).toBe(200);
    }

    const disabled = await request(app)
      .post(`/api/users/${await userIdOf(planner.email)}/disable`)
      .set(director.headers);
    expect(disabled.status).toBe(200);
    expect(userSummary.parse(disabled.body).disabledAt).not.toBeNull();
    expect(notices.filter((notice) => notice.kind === "identity-revoked")).toHaveLength(3);
    for (const target of [app, otherWorker]) {
      expect((await request(target).get("/api/auth/session").set(planner.headers)).status).toBe(401);
      expect((await request(target).get("/api/auth/session").set("Cookie", cookie)).status).toBe(401);
    }
    const refused = await signIn(app, planner.email);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("invalid_credentials");
    const listed = listUsers.response.parse((await request(app).get("/api/users").set(director.headers)).body);
    expect(listed.users.find((user) => user.email === planner.email)?.disabledAt).not.toBeNull();

    expect(
      (
        await request(app)
          .post(`/api/users/${await userIdOf(planner.email)}/enable`)
          .set(director.headers)
      ).status,
    ).toBe(200);
    expect((await signIn(app, planner.email)).status).toBe(200);
    expect((await request(app).get("/api/auth/session").set(planner.headers)).status).toBe(401);
  });

  it("revokes a disabled agent's calendar feed", async () => {
    const agent = agentContract.parse(
      (
        await request(system)
          .post("/api/agents")
          .send(agentInput([queueId]))
      ).body,
    );
    const person = await createSignedInPerson(dataSource(), app, "agent", { agentId: agent.id });
    const feed = await request(app).post("/api/me/calendar-feed").set(person.headers);
    expect(feed.status).toBe(201);
    const feedPath = feed.body.path as string;
    expect((await request(app).get(feedPath)).status).toBe(200);
    expect(
      (
        await request(app)
          .post(`/api/users/${await userIdOf(person.email)}/disable`)
          .set(director.headers)
      ).status,
    ).toBe(200);
    expect((await request(app).get(feedPath)).status).toBe(404);
  });

  it("lets only a director disable, and not their own account", async () => {
    const planner = await createSignedInPerson(dataSource(), app, "planner");
    const vendor = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Partner X" });
    const directorId = await userIdOf(director.email);
    expect((await request(app).post(`/api/users/${directorId}/disable`).set(planner.headers)).status).toBe(403);
    expect((await request(app).post(`/api/users/${directorId}/disable`).set(vendor.headers)).status).toBe(403);
    expect((await request(app).post(`/api/users/${directorId}/disable`).set(director.headers)).status).toBe(409);
    expect((await request(app).post(`/api/users/${randomUUID()}/disable`).set(director.headers)).status).toBe(404);
  });

  it("refuses an agent whose end date has passed: no sign-in, and their session and token no longer work", async () => {
    const left = agentContract.parse(
      (
        await request(system)
          .post("/api/agents")
          .send(agentInput([queueId], { hireDate: "2025-01-06", endDate: "2025-06-30" }))
      ).body,
    );
    const { users, organisations, credentials } = persistence().repositories;
    const organisation = (await organisations.findDefault())!;
    const user = await users.create({
      organisationId: organisation.id,
      email: left.email,
      displayName: left.name,
      role: "agent",
      vendor: null,
      agentId: left.id,
      displayTimeZone: null,
      passwordHash: await hashPassword(testPassword),
    });
    const [sessionToken, apiToken] = [newSecret("s_"), newSecret("sct_")];
    const inAYear = new Date(Date.now() + 365 * 86_400_000);
    await credentials.createSession({
      tokenHash: hashSecret(sessionToken),
      userId: user.id,
      csrfToken: newSecret(),
      expiresAt: inAYear,
    });
    await credentials.createToken({
      userId: user.id,
      name: "left",
      tokenHash: hashSecret(apiToken),
      expiresAt: inAYear,
    });

    expect((await signIn(app, left.email)).status).toBe(401);
    expect(
      (
        await request(app)
          .get("/api/me/shifts")
          .query({ from: "2026-01-05T00:00:00Z", to: "2026-01-12T00:00:00Z" })
          .set("Authorization", `Bearer ${apiToken}`)
      ).status,
    ).toBe(401);
    expect(
      (await request(app).get("/api/auth/session").set("Cookie", `shiftcast_session=${sessionToken}`)).status,
    ).toBe(401);
    const feedToken = newSecret();
    await persistence().repositories.calendarFeeds.replace(organisation.id, left.id, hashSecret(feedToken));
    expect((await request(app).get(`/api/calendar/${feedToken}.ics`)).status).toBe(404);

    const current = agentContract.parse(
      (
        await request(system)
          .post("/api/agents")
          .send(agentInput([queueId]))
      ).body,
    );
    await users.create({
      organisationId: organisation.id,
      email: current.email,
      displayName: current.name,
      role: "agent",
      vendor: null,
      agentId: current.id,
      displayTimeZone: null,
      passwordHash: await hashPassword(testPassword),
    });
    expect((await signIn(app, current.email)).status).toBe(200);
  });

  it("gives every API token an expiry (90 days by default, at most 365), lists it, and refuses a token once expired", async () => {
    const person = await createSignedInPerson(dataSource(), app, "planner");
    const before = Date.now();
    const made = createApiToken.response.parse(
      (await request(app).post("/api/me/tokens").set(person.headers).send({ name: "default" })).body,
    );
    expect(Date.parse(made.expiresAt) - before).toBeGreaterThanOrEqual(90 * 86_400_000 - 60_000);
    expect(Date.parse(made.expiresAt) - before).toBeLessThanOrEqual(90 * 86_400_000 + 60_000);
    const short = createApiToken.response.parse(
      (await request(app).post("/api/me/tokens").set(person.headers).send({ name: "short", expiresInDays: 1 })).body,
    );
    expect(Math.abs(Date.parse(short.expiresAt) - before - 86_400_000)).toBeLessThan(60_000);
    expect(
      (await request(app).post("/api/me/tokens").set(person.headers).send({ name: "forever", expiresInDays: 366 }))
        .status,
    ).toBe(400);
    const listed = listApiTokens.response.parse((await request(app).get("/api/me/tokens").set(person.headers)).body);
    expect(listed.tokens.find((token) => token.id === short.id)?.expiresAt).toBe(short.expiresAt);

    const expired = newSecret("sct_");
    const userId = await userIdOf(person.email);
    await persistence().repositories.credentials.createToken({
      userId,
      name: "expired",
      tokenHash: hashSecret(expired),
      expiresAt: new Date(Date.now() - 1_000),
    });
    expect((await request(app).get("/api/auth/session").set("Authorization", `Bearer ${expired}`)).status).toBe(401);
    expect((await request(app).get("/api/auth/session").set("Authorization", `Bearer ${short.token}`)).status).toBe(
      200,
    );
  });
});
