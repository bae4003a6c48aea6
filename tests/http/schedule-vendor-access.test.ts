import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createSchedule,
  getAgentShifts,
  getSchedule,
  getScheduleRoster,
  listSchedules,
} from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

/**
 * README's table: a vendor manager reads only their own partner's published shifts. Every schedule
 * read open to them (list, one schedule with its versions and publish differences, a week in any
 * version) is checked against a schedule holding in-house, own-partner and other-partner agents, a
 * draft after the published versions, and a second schedule that was never published.
 */
describe("schedules as a vendor manager reads them", () => {
  const dataSource = useTestDataSource();
  let system: App;
  let realAuth: App;
  let vendorX: { Authorization: string };
  let director: { Authorization: string };
  const ids: Record<string, string> = {};

  const addShift = async (scheduleId: string, version: number, agentId: string, startUtc: string, endUtc: string) => {
    const response = await request(system)
      .post(`/api/schedules/${scheduleId}/versions/${version}/shifts`)
      .send({ agentId, queueIds: [ids.queue], startUtc, endUtc });
    expect(response.status).toBe(201);
  };
  const publish = async (scheduleId: string, version: number) =>
    expect((await request(system).post(`/api/schedules/${scheduleId}/versions/${version}/publish`)).status).toBe(200);
  const newSchedule = async () =>
    createSchedule.response.parse(
      (
        await request(system)
          .post("/api/schedules")
          .send({ periodStart: "2026-04-06T00:00:00Z", periodEnd: "2026-04-13T00:00:00Z", queueIds: [ids.queue] })
      ).body,
    ).id;

  beforeAll(async () => {
    system = buildTestApp(dataSource());
    realAuth = buildTestApp(dataSource(), { isRealAuth: true });
    ids.queue = (await createQueue(system)).id;
    ids.own = (await createAgent(system, ids.queue, { vendor: "Partner X", availability: allWeek })).id;
    ids.inHouse = (await createAgent(system, ids.queue, { vendor: null, availability: allWeek })).id;
    ids.other = (await createAgent(system, ids.queue, { vendor: "Partner Y", availability: allWeek })).id;
    ids.published = await newSchedule();
    for (const agent of [ids.own, ids.inHouse, ids.other])
      await addShift(ids.published, 1, agent!, "2026-04-06T09:00:00Z", "2026-04-06T17:00:00Z");
    await publish(ids.published, 1);
    expect((await request(system).post(`/api/schedules/${ids.published}/versions`).send({})).status).toBe(201);
    for (const agent of [ids.own, ids.inHouse, ids.other])
      await addShift(ids.published, 2, agent!, "2026-04-07T09:00:00Z", "2026-04-07T17:00:00Z");
    await publish(ids.published, 2);
    expect((await request(system).post(`/api/schedules/${ids.published}/versions`).send({})).status).toBe(201);
    await addShift(ids.published, 3, ids.own!, "2026-04-08T09:00:00Z", "2026-04-08T17:00:00Z");
    await addShift(ids.published, 3, ids.inHouse!, "2026-04-08T09:00:00Z", "2026-04-08T17:00:00Z");
    ids.draftOnly = await newSchedule();
    await addShift(ids.draftOnly, 1, ids.own!, "2026-04-06T09:00:00Z", "2026-04-06T17:00:00Z");
    vendorX = await signIn(dataSource(), realAuth, "vendor_manager", { vendor: "Partner X" });
    director = await signIn(dataSource(), realAuth, "director");
  });

  it("lists only schedules with a published version", async () => {
    const listed = listSchedules.response
      .parse((await request(realAuth).get("/api/schedules").set(vendorX)).body)
      .schedules.map((item) => item.id);
    expect(listed).toContain(ids.published);
    expect(listed).not.toContain(ids.draftOnly);
    const everything = listSchedules.response
      .parse((await request(realAuth).get("/api/schedules").set(director)).body)
      .schedules.map((item) => item.id);
    expect(everything).toEqual(expect.arrayContaining([ids.published, ids.draftOnly]));
  });

  it("shows one schedule with its published versions only, each difference narrowed to the partner's agents", async () => {
    const response = await request(realAuth).get(`/api/schedules/${ids.published}`).set(vendorX);
    expect(response.status).toBe(200);
    const schedule = getSchedule.response.parse(response.body);
    expect(schedule.versions.map((version) => [version.number, version.status])).toEqual([
      [1, "published"],
      [2, "published"],
    ]);
    expect(schedule.solves).toEqual([]);
    for (const version of schedule.versions) {
      expect(version.diff!.agents.map((agent) => agent.agentId)).toEqual([ids.own]);
      expect(version.diff!.addedCount).toBe(1);
      expect(version.diff!.removedCount + version.diff!.changedCount).toBe(0);
    }
    expect(JSON.stringify(response.body)).not.toContain(ids.inHouse);
    expect(JSON.stringify(response.body)).not.toContain(ids.other);
  });

  it("still shows the director every version and the whole difference", async () => {
    const schedule = getSchedule.response.parse(
      (await request(realAuth).get(`/api/schedules/${ids.published}`).set(director)).body,
    );
    expect(schedule.versions.map((version) => version.status)).toEqual(["published", "published", "draft"]);
    expect(schedule.versions[1]!.diff!.agents.map((agent) => agent.agentId).sort()).toEqual(
      [ids.own, ids.inHouse, ids.other].sort(),
    );
    expect(schedule.versions[1]!.diff!.addedCount).toBe(3);
  });

  it("answers 404 for a schedule that was never published, as for one that does not exist", async () => {
    for (const path of [`/api/schedules/${ids.draftOnly}`, `/api/schedules/${ids.draftOnly}/roster`]) {
      const response = await request(realAuth).get(path).set(vendorX);
      expect({ path, status: response.status, code: response.body.error?.code }).toEqual({
        path,
        status: 404,
        code: "not_found",
      });
    }
  });

  it("gives the published week of the partner's agents whatever version is asked for, the draft included", async () => {
    for (const version of ["latest", "published", "1", "3"]) {
      const response = await request(realAuth)
        .get(`/api/schedules/${ids.published}/roster`)
        .query({ version })
        .set(vendorX);
      expect(response.status).toBe(200);
      const roster = getScheduleRoster.response.parse(response.body);
      expect({ version, number: roster.versionNumber, status: roster.status }).toEqual({
        version,
        number: 2,
        status: "published",
      });
      expect(roster.shifts.map((shift) => shift.agentId)).toEqual([ids.own, ids.own]);
      expect(roster.coverage).toBeNull();
    }
  });

  it("shows an own-partner agent's published shifts only, and 404 for an in-house or other partner's agent", async () => {
    const range = { from: "2026-04-06T00:00:00Z", to: "2026-04-13T00:00:00Z" };
    const own = await request(realAuth).get(`/api/agents/${ids.own}/shifts`).query(range).set(vendorX);
    expect(own.status).toBe(200);
    expect(
      getAgentShifts.response
        .parse(own.body)
        .shifts.map((shift) => shift.startUtc)
        .sort(),
    ).toEqual(["2026-04-06T09:00:00.000Z", "2026-04-07T09:00:00.000Z"]);
    for (const agent of [ids.inHouse, ids.other])
      expect((await request(realAuth).get(`/api/agents/${agent}/shifts`).query(range).set(vendorX)).status).toBe(404);
  });
});
