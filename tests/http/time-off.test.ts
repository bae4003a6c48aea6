import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { agent as agentContract } from "../../api/contracts/agents";
import { listTimeOff, timeOffRequest } from "../../api/contracts/time-off";
import { createPersistence } from "../../api/persistence/repositories";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { agentInput, unique, voiceQueueInput } from "../support/factories";
import { createSignedInPerson, type SignedInPerson } from "../support/people";

describe("/api/time-off", () => {
  const dataSource = useTestDataSource();
  let app: ReturnType<typeof buildTestApp>;
  let team: string;
  const ids: Record<string, string> = {};
  const people: Record<string, SignedInPerson> = {};

  beforeAll(async () => {
    app = buildTestApp(dataSource(), { isRealAuth: true });
    const system = buildTestApp(dataSource());
    team = unique("Team");
    const queue = (await request(system).post("/api/queues").send(voiceQueueInput())).body as { id: string };
    const create = async (vendor: string | null) =>
      agentContract.parse(
        (
          await request(system)
            .post("/api/agents")
            .send(agentInput([queue.id], { vendor, team }))
        ).body,
      ).id;
    ids.ana = await create("Partner X");
    ids.ben = await create("Partner X");
    ids.cy = await create(null);
    people.ana = await createSignedInPerson(dataSource(), app, "agent", { agentId: ids.ana, vendor: "Partner X" });
    people.ben = await createSignedInPerson(dataSource(), app, "agent", { agentId: ids.ben, vendor: "Partner X" });
    people.vendorX = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Partner X" });
    people.vendorY = await createSignedInPerson(dataSource(), app, "vendor_manager", { vendor: "Partner Y" });
    people.director = await createSignedInPerson(dataSource(), app, "director");
    people.planner = await createSignedInPerson(dataSource(), app, "planner");
  });

  const ask = (person: string, startsAt: string, endsAt: string) =>
    request(app).post("/api/time-off").set(people[person]!.headers).send({ startsAt, endsAt, reason: "family" });

  it("lets an agent ask for time off, counts colleagues already off, and shows each agent only their own", async () => {
    const first = timeOffRequest.parse(
      (await ask("ben", "2026-07-06T00:00:00+08:00", "2026-07-11T00:00:00+08:00")).body,
    );
    expect(first).toMatchObject({ agentId: ids.ben, status: "pending", colleaguesOff: 0 });
    const second = await ask("ana", "2026-07-08T00:00:00+08:00", "2026-07-09T00:00:00+08:00");
    expect(second.status).toBe(201);
    expect(timeOffRequest.parse(second.body).colleaguesOff).toBe(1);
    const anasList = listTimeOff.response.parse(
      (await request(app).get("/api/time-off").set(people.ana!.headers)).body,
    );
    expect(anasList.requests.map((item) => item.agentId)).toEqual([ids.ana]);
  });

  it("lets the agent's vendor manager decide, answers 404 across partners and 403 to agents", async () => {
    const asked = timeOffRequest.parse((await ask("ana", "2026-08-03T00:00:00Z", "2026-08-04T00:00:00Z")).body);
    expect(
      (
        await request(app)
          .post(`/api/time-off/${asked.id}/decision`)
          .set(people.ana!.headers)
          .send({ decision: "approved" })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(app)
          .post(`/api/time-off/${asked.id}/decision`)
          .set(people.vendorY!.headers)
          .send({ decision: "approved" })
      ).status,
    ).toBe(404);
    expect((await request(app).post(`/api/time-off/${asked.id}/cancel`).set(people.ben!.headers)).status).toBe(404);
    const approved = await request(app)
      .post(`/api/time-off/${asked.id}/decision`)
      .set(people.vendorX!.headers)
      .send({ decision: "approved", note: "enjoy" });
    expect(timeOffRequest.parse(approved.body)).toMatchObject({ status: "approved", decisionNote: "enjoy" });
    expect(
      (
        await request(app)
          .post(`/api/time-off/${asked.id}/decision`)
          .set(people.director!.headers)
          .send({ decision: "declined" })
      ).status,
    ).toBe(409);
    const organisation = (await createPersistence(dataSource()).repositories.organisations.findDefault())!;
    const hard = await createPersistence(dataSource()).repositories.timeOff.listApprovedOverlapping(
      organisation.id,
      new Date("2026-08-03T12:00:00Z"),
      new Date("2026-08-03T13:00:00Z"),
    );
    expect(hard.map((item) => item.id)).toContain(asked.id);
  });

  it("rejects a request that ends before it starts, naming the field", async () => {
    const response = await ask("ana", "2026-09-02T00:00:00Z", "2026-09-01T00:00:00Z");
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([expect.objectContaining({ path: "body.endsAt" })]);
  });

  it("lets a planner ask for an agent and withdraw that ask, but not undo a director's approval", async () => {
    const askFor = (startsAt: string, endsAt: string) =>
      request(app)
        .post("/api/time-off")
        .set(people.planner!.headers)
        .send({ agentId: ids.cy, startsAt, endsAt, reason: "training" });
    const pending = timeOffRequest.parse((await askFor("2026-10-05T00:00:00Z", "2026-10-06T00:00:00Z")).body);
    expect(
      (
        await request(app)
          .post(`/api/time-off/${pending.id}/decision`)
          .set(people.planner!.headers)
          .send({ decision: "approved" })
      ).status,
    ).toBe(403);
    const withdrawn = await request(app).post(`/api/time-off/${pending.id}/cancel`).set(people.planner!.headers);
    expect(timeOffRequest.parse(withdrawn.body).status).toBe("cancelled");

    const asked = timeOffRequest.parse((await askFor("2026-10-12T00:00:00Z", "2026-10-13T00:00:00Z")).body);
    expect(
      (
        await request(app)
          .post(`/api/time-off/${asked.id}/decision`)
          .set(people.director!.headers)
          .send({ decision: "approved" })
      ).status,
    ).toBe(200);
    const undo = await request(app).post(`/api/time-off/${asked.id}/cancel`).set(people.planner!.headers);
    expect(undo.status).toBe(403);
    const listed = listTimeOff.response.parse(
      (await request(app).get("/api/time-off").set(people.director!.headers)).body,
    );
    expect(listed.requests.find((item) => item.id === asked.id)?.status).toBe("approved");
    expect(
      timeOffRequest.parse(
        (await request(app).post(`/api/time-off/${asked.id}/cancel`).set(people.director!.headers)).body,
      ).status,
    ).toBe("cancelled");
  });

  it("lets an agent give back their own approved time off and the vendor manager undo their partner's approval", async () => {
    const own = timeOffRequest.parse((await ask("ana", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z")).body);
    const bens = timeOffRequest.parse((await ask("ben", "2026-11-09T00:00:00Z", "2026-11-10T00:00:00Z")).body);
    for (const item of [own, bens])
      expect(
        (
          await request(app)
            .post(`/api/time-off/${item.id}/decision`)
            .set(people.vendorX!.headers)
            .send({ decision: "approved" })
        ).status,
      ).toBe(200);
    expect(
      timeOffRequest.parse((await request(app).post(`/api/time-off/${own.id}/cancel`).set(people.ana!.headers)).body)
        .status,
    ).toBe("cancelled");
    expect(
      timeOffRequest.parse(
        (await request(app).post(`/api/time-off/${bens.id}/cancel`).set(people.vendorX!.headers)).body,
      ).status,
    ).toBe("cancelled");
  });
});
