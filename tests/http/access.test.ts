import fc from "fast-check";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { allEndpoints } from "../../api/contracts";
import { agent as agentContract } from "../../api/contracts/agents";
import { errorResponse } from "../../api/contracts/errors";
import type { EndpointContract } from "../../api/contracts/endpoint";
import type { Role } from "../../api/domain/access/role";
import { buildTestApp, captureLogs } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, voiceQueueInput } from "../support/factories";
import { createSignedInPerson, testPassword as password } from "../support/people";

const anyId = "00000000-0000-4000-8000-000000000000";
const pathOf = (endpoint: EndpointContract) => endpoint.path.replace(/:(\w+)/g, anyId);
const call = (app: ReturnType<typeof buildTestApp>, endpoint: EndpointContract) => {
  const pending = request(app)[endpoint.method](pathOf(endpoint));
  return pending
    .set("Content-Type", endpoint.bodyContentType ?? "application/json")
    .send(endpoint.body ? (endpoint.bodyContentType ? "x" : {}) : undefined);
};

describe("access control", () => {
  const dataSource = useTestDataSource();
  const people: Record<string, { email: string; token?: string; agentId?: string }> = {};
  let app: ReturnType<typeof buildTestApp>;

  async function createPerson(key: string, role: Role, extra: { vendor?: string; agentId?: string } = {}) {
    const person = await createSignedInPerson(dataSource(), app, role, extra);
    people[key] = {
      email: person.email,
      token: person.headers.Authorization.slice("Bearer ".length),
      agentId: extra.agentId,
    };
  }

  const as = (key: string) => ({ Authorization: `Bearer ${people[key]!.token}` });

  beforeAll(async () => {
    app = buildTestApp(dataSource(), { isRealAuth: true });
    const setup = buildTestApp(dataSource());
    const queue = (await request(setup).post("/api/queues").send(voiceQueueInput())).body as { id: string };
    const agentOf = async (vendor: string | null) =>
      agentContract.parse(
        (
          await request(setup)
            .post("/api/agents")
            .send(agentInput([queue.id], { vendor }))
        ).body,
      ).id;
    const [agentA, agentB, agentY] = [await agentOf("Partner X"), await agentOf(null), await agentOf("Partner Y")];
    people.agentYId = { email: "", agentId: agentY };
    await createPerson("director", "director");
    await createPerson("planner", "planner");
    await createPerson("vendorX", "vendor_manager", { vendor: "Partner X" });
    await createPerson("agentA", "agent", { agentId: agentA });
    await createPerson("agentB", "agent", { agentId: agentB });
  });

  const guarded = allEndpoints.filter((endpoint) => !endpoint.isPublic);

  it("answers 401 on every endpoint but the public ones when nobody is signed in", async () => {
    expect(guarded.length).toBeGreaterThan(20);
    for (const endpoint of guarded) {
      const response = await call(app, endpoint);
      expect({ endpoint: `${endpoint.method} ${endpoint.path}`, status: response.status }).toEqual({
        endpoint: `${endpoint.method} ${endpoint.path}`,
        status: 401,
      });
    }
  });

  it("answers 403 on every endpoint an agent's role does not include", async () => {
    const forbidden = guarded.filter((endpoint) => !(endpoint.roles ?? ["director", "planner"]).includes("agent"));
    expect(forbidden.length).toBeGreaterThan(15);
    for (const endpoint of forbidden) {
      const response = await call(app, endpoint).set(as("agentA"));
      expect({ endpoint: `${endpoint.method} ${endpoint.path}`, status: response.status }).toEqual({
        endpoint: `${endpoint.method} ${endpoint.path}`,
        status: 403,
      });
    }
  });

  it("keeps planners out of user management and vendor managers out of planning", async () => {
    expect((await request(app).get("/api/users").set(as("planner"))).status).toBe(403);
    expect((await request(app).post("/api/invitations").set(as("planner")).send({})).status).toBe(403);
    expect((await request(app).post("/api/queues").set(as("vendorX")).send({})).status).toBe(403);
    expect((await request(app).post("/api/staffing/calculate").set(as("vendorX")).send({ cases: [] })).status).toBe(
      403,
    );
  });

  it("answers 404, not 403, when an agent asks for another agent by id, and shows their own", async () => {
    expect((await request(app).get(`/api/agents/${people.agentB!.agentId}`).set(as("agentA"))).status).toBe(404);
    const own = await request(app).get(`/api/agents/${people.agentA!.agentId}`).set(as("agentA"));
    expect(own.status).toBe(200);
    expect(own.body.id).toBe(people.agentA!.agentId);
  });

  it("keeps a vendor manager to their own partner: others' agents are 404 and absent from lists", async () => {
    expect((await request(app).get(`/api/agents/${people.agentYId!.agentId}`).set(as("vendorX"))).status).toBe(404);
    expect(
      (await request(app).patch(`/api/agents/${people.agentYId!.agentId}`).set(as("vendorX")).send({ team: "Stolen" }))
        .status,
    ).toBe(404);
    const listed = await request(app).get("/api/agents").set(as("vendorX"));
    expect(listed.status).toBe(200);
    expect(listed.body.agents.map((agent: { vendor: string }) => agent.vendor)).toEqual(
      listed.body.agents.map(() => "Partner X"),
    );
    expect(listed.body.agents.map((agent: { id: string }) => agent.id)).toContain(people.agentA!.agentId);
  });

  it("rejects a cookie-authenticated write without the session's CSRF token", async () => {
    const session = await request(app).post("/api/auth/login").send({ email: people.director!.email, password });
    const cookie = session.headers["set-cookie"]!;
    const without = await request(app).post("/api/me/tokens").set("Cookie", cookie).send({ name: "x" });
    expect(without.status).toBe(403);
    expect(errorResponse.parse(without.body).error.code).toBe("csrf_rejected");
    const wrong = await request(app)
      .post("/api/me/tokens")
      .set("Cookie", cookie)
      .set("X-CSRF-Token", "guess")
      .send({ name: "x" });
    expect(wrong.status).toBe(403);
    const right = await request(app)
      .post("/api/me/tokens")
      .set("Cookie", cookie)
      .set("X-CSRF-Token", session.body.csrfToken)
      .send({ name: "x" });
    expect(right.status).toBe(201);
  });

  it("revokes the session on logout", async () => {
    const session = await request(app).post("/api/auth/login").send({ email: people.planner!.email, password });
    const cookie = session.headers["set-cookie"]!;
    expect((await request(app).get("/api/auth/session").set("Cookie", cookie)).status).toBe(200);
    expect(
      (await request(app).post("/api/auth/logout").set("Cookie", cookie).set("X-CSRF-Token", session.body.csrfToken))
        .status,
    ).toBe(200);
    expect((await request(app).get("/api/auth/session").set("Cookie", cookie)).status).toBe(401);
  });

  it("locks an email after five failed sign-ins, even for the right password", async () => {
    const target = people.agentB!.email;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(
        (await request(app).post("/api/auth/login").send({ email: target, password: "wrong password!" })).status,
      ).toBe(401);
    }
    const locked = await request(app).post("/api/auth/login").send({ email: target, password });
    expect(locked.status).toBe(429);
    expect(errorResponse.parse(locked.body).error.code).toBe("too_many_attempts");
  });

  it("never writes passwords or tokens to the log", async () => {
    const logs = captureLogs();
    const logged = buildTestApp(dataSource(), { isRealAuth: true, logger: logs.logger });
    const session = await request(logged).post("/api/auth/login").send({ email: people.director!.email, password });
    await request(logged).get("/api/auth/session").set(as("director"));
    await request(logged)
      .post("/api/auth/login")
      .send({ email: people.director!.email, password: "a different secret" });
    const text = logs.lines().join("\n");
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [password, "a different secret", people.director!.token!, session.body.csrfToken as string])
      expect(text).not.toContain(secret);
    const cookieValue = String(session.headers["set-cookie"]![0]).split(";")[0]!.split("=")[1]!;
    expect(text).not.toContain(cookieValue);
  });

  it("answers hostile JSON bodies with 4xx (2xx only where the contract accepts them), never 5xx, and writes nothing", async () => {
    const jsonWrites = allEndpoints.filter(
      (endpoint) => endpoint.body && !endpoint.bodyContentType && endpoint.method !== "get",
    );
    const hostile = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "prototype", "name", "email", "cases", "queue", "input", "kind"),
        fc.anything(),
      ),
      fc.record({
        name: fc.constantFrom("'; DROP TABLE agents; --", "\u0000\uffff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x".repeat(5_000)),
        cases: fc.constant("1 OR 1=1"),
      }),
    );
    const counts = async () =>
      dataSource().query(
        `SELECT (SELECT count(*) FROM agents) AS a, (SELECT count(*) FROM queues) AS q, (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM solve_jobs) AS j`,
      );
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...jsonWrites), hostile, async (endpoint, body) => {
        const pending = request(app)[endpoint.method](pathOf(endpoint));
        const response = await pending
          .set(as("director"))
          .set("Content-Type", "application/json")
          .send(JSON.stringify(body));
        const isAcceptable = endpoint.body!.safeParse(body).success;
        return response.status < 500 && (isAcceptable || response.status >= 400);
      }),
      { seed: 20261123, numRuns: 150 },
    );
    expect(await counts()).toEqual(before);
  });
});
