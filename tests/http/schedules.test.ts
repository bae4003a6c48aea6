import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import {
  addScheduleShift,
  createSchedule,
  getAgentShifts,
  getMyShifts,
  getSchedule,
  getScheduleRoster,
  publishScheduleVersion,
  scheduleVersion,
  updateScheduleShift,
} from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

/** A manual schedule over two March 2026 weeks around the US change to daylight time (8 March). */
async function marchSchedule(app: App, queueId: string) {
  const response = await request(app)
    .post("/api/schedules")
    .send({ periodStart: "2026-03-02T00:00:00Z", periodEnd: "2026-03-16T00:00:00Z", queueIds: [queueId] });
  expect(response.status).toBe(201);
  return createSchedule.response.parse(response.body);
}

async function addShift(app: App, scheduleId: string, version: number, body: Record<string, unknown>) {
  const response = await request(app).post(`/api/schedules/${scheduleId}/versions/${version}/shifts`).send(body);
  expect(response.status).toBe(201);
  return addScheduleShift.response.parse(response.body);
}

async function publish(app: App, scheduleId: string, version: number) {
  const response = await request(app).post(`/api/schedules/${scheduleId}/versions/${version}/publish`);
  expect(response.status).toBe(200);
  return publishScheduleVersion.response.parse(response.body);
}

describe("schedules: manual drafts, publish, and what agents see", () => {
  const dataSource = useTestDataSource();
  let system: App;
  let realAuth: App;
  beforeAll(() => {
    system = buildTestApp(dataSource());
    realAuth = buildTestApp(dataSource(), { isRealAuth: true });
  });

  it("shows a Manila agent a 09:00–17:00 New York shift at 22:00–06:00 before the US change and 21:00–05:00 after it", async () => {
    const queue = await createQueue(system, { timeZone: "America/New_York" });
    const agent = await createAgent(system, queue.id, { timeZone: "Asia/Manila", availability: allWeek });
    const schedule = await marchSchedule(system, queue.id);
    // 09:00 EST (UTC−5) is 14:00Z; 09:00 EDT (UTC−4) on 9 March is 13:00Z.
    await addShift(system, schedule.id, 1, {
      agentId: agent.id,
      queueIds: [queue.id],
      startUtc: "2026-03-02T09:00:00-05:00",
      endUtc: "2026-03-02T17:00:00-05:00",
    });
    await addShift(system, schedule.id, 1, {
      agentId: agent.id,
      queueIds: [queue.id],
      startUtc: "2026-03-09T09:00:00-04:00",
      endUtc: "2026-03-09T17:00:00-04:00",
    });
    const agentAuth = await signIn(dataSource(), realAuth, "agent", { agentId: agent.id });

    const before = await request(realAuth)
      .get("/api/me/shifts")
      .query({ from: "2026-03-01T00:00:00Z", to: "2026-03-20T00:00:00Z" })
      .set(agentAuth);
    expect(before.status).toBe(200);
    expect(getMyShifts.response.parse(before.body).shifts).toEqual([]);

    await publish(system, schedule.id, 1);
    const mine = getMyShifts.response.parse(
      (
        await request(realAuth)
          .get("/api/me/shifts")
          .query({ from: "2026-03-01T00:00:00Z", to: "2026-03-20T00:00:00Z" })
          .set(agentAuth)
      ).body,
    );
    expect(mine.timeZone).toBe("Asia/Manila");
    expect(mine.shifts.map((shift) => [shift.startUtc, shift.endUtc, shift.startLocal, shift.endLocal])).toEqual([
      [
        "2026-03-02T14:00:00.000Z",
        "2026-03-02T22:00:00.000Z",
        "2026-03-02T22:00:00+08:00",
        "2026-03-03T06:00:00+08:00",
      ],
      [
        "2026-03-09T13:00:00.000Z",
        "2026-03-09T21:00:00.000Z",
        "2026-03-09T21:00:00+08:00",
        "2026-03-10T05:00:00+08:00",
      ],
    ]);
    expect(mine.shifts[0]!.queues).toEqual([{ id: queue.id, name: queue.name }]);
    const inNewYork = getMyShifts.response.parse(
      (
        await request(realAuth)
          .get("/api/me/shifts")
          .query({ from: "2026-03-01T00:00:00Z", to: "2026-03-20T00:00:00Z", timeZone: "America/New_York" })
          .set(agentAuth)
      ).body,
    );
    expect(inNewYork.shifts.map((shift) => shift.startLocal)).toEqual([
      "2026-03-02T09:00:00-05:00",
      "2026-03-09T09:00:00-04:00",
    ]);
  });

  it("shares a published week and an agent's own shifts for seconds, and shows a publish, a renamed agent and a new display zone at once", async () => {
    const queue = await createQueue(system, { timeZone: "Europe/London" });
    const agent = await createAgent(system, queue.id, { timeZone: "Europe/London", availability: allWeek });
    const schedule = await marchSchedule(system, queue.id);
    const shift = await addShift(system, schedule.id, 1, {
      agentId: agent.id,
      queueIds: [queue.id],
      startUtc: "2026-03-02T09:00:00Z",
      endUtc: "2026-03-02T17:00:00Z",
    });
    await publish(system, schedule.id, 1);
    const agentAuth = await signIn(dataSource(), realAuth, "agent", { agentId: agent.id });
    const range = { from: "2026-03-01T00:00:00Z", to: "2026-03-20T00:00:00Z" };
    const publishedWeek = async () =>
      getScheduleRoster.response.parse(
        (
          await request(system)
            .get(`/api/schedules/${schedule.id}/roster`)
            .query({ version: "published", ...range })
        ).body,
      );
    const mine = async () =>
      getMyShifts.response.parse((await request(realAuth).get("/api/me/shifts").query(range).set(agentAuth)).body);

    const first = await request(realAuth).get("/api/me/shifts").query(range).set(agentAuth);
    expect(first.headers.etag).toMatch(/^W\//);
    const again = await request(realAuth)
      .get("/api/me/shifts")
      .query(range)
      .set(agentAuth)
      .set("If-None-Match", first.headers.etag!);
    expect(again.status).toBe(304);
    expect((await publishedWeek()).shifts.map((item) => [item.agentName, item.startUtc])).toEqual([
      [agent.name, "2026-03-02T09:00:00.000Z"],
    ]);

    await request(system).post(`/api/schedules/${schedule.id}/versions`).send({});
    const moved = await request(system)
      .patch(`/api/schedules/${schedule.id}/shifts/${await draftShiftId(schedule.id, shift.shift.shiftKey)}`)
      .set("If-Match", '"1"')
      .send({ startUtc: "2026-03-02T10:00:00Z", endUtc: "2026-03-02T18:00:00Z" });
    expect(moved.status).toBe(200);
    await publish(system, schedule.id, 2);
    expect((await publishedWeek()).versionNumber).toBe(2);
    expect((await mine()).shifts.map((item) => item.startUtc)).toEqual(["2026-03-02T10:00:00.000Z"]);

    expect((await request(system).patch(`/api/agents/${agent.id}`).send({ name: "Renamed Agent" })).status).toBe(200);
    expect((await publishedWeek()).shifts.map((item) => item.agentName)).toEqual(["Renamed Agent"]);
    expect((await mine()).shifts.map((item) => item.startLocal)).toEqual(["2026-03-02T10:00:00+00:00"]);
    expect(
      (await request(realAuth).patch("/api/me").set(agentAuth).send({ displayTimeZone: "Asia/Tokyo" })).status,
    ).toBe(200);
    expect((await mine()).shifts.map((item) => item.startLocal)).toEqual(["2026-03-02T19:00:00+09:00"]);
  });

  /** The id, in the newest version, of the shift with this key. */
  async function draftShiftId(scheduleId: string, shiftKey: string): Promise<string> {
    const roster = getScheduleRoster.response.parse(
      (await request(system).get(`/api/schedules/${scheduleId}/roster`).query({ version: "latest" })).body,
    );
    return roster.shifts.find((item) => item.shiftKey === shiftKey)!.id;
  }

  it("answers 404 when an agent asks for a colleague's shifts and when a vendor manager reaches across partners", async () => {
    const queue = await createQueue(system);
    const own = await createAgent(system, queue.id, { vendor: "Partner X", availability: allWeek });
    const colleague = await createAgent(system, queue.id, { vendor: "Partner Y", availability: allWeek });
    const schedule = await marchSchedule(system, queue.id);
    await addShift(system, schedule.id, 1, {
      agentId: colleague.id,
      queueIds: [queue.id],
      startUtc: "2026-03-03T01:00:00Z",
      endUtc: "2026-03-03T09:00:00Z",
    });
    await publish(system, schedule.id, 1);
    const range = { from: "2026-03-01T00:00:00Z", to: "2026-03-20T00:00:00Z" };
    const agentAuth = await signIn(dataSource(), realAuth, "agent", { agentId: own.id });
    const vendorX = await signIn(dataSource(), realAuth, "vendor_manager", { vendor: "Partner X" });
    const vendorY = await signIn(dataSource(), realAuth, "vendor_manager", { vendor: "Partner Y" });

    expect((await request(realAuth).get(`/api/agents/${colleague.id}/shifts`).query(range).set(agentAuth)).status).toBe(
      404,
    );
    expect((await request(realAuth).get(`/api/agents/${own.id}/shifts`).query(range).set(agentAuth)).status).toBe(200);
    expect((await request(realAuth).get(`/api/agents/${colleague.id}/shifts`).query(range).set(vendorX)).status).toBe(
      404,
    );
    const allowed = await request(realAuth).get(`/api/agents/${colleague.id}/shifts`).query(range).set(vendorY);
    expect(getAgentShifts.response.parse(allowed.body).shifts).toHaveLength(1);

    const rosterX = getScheduleRoster.response.parse(
      (await request(realAuth).get(`/api/schedules/${schedule.id}/roster`).set(vendorX)).body,
    );
    expect(rosterX.shifts).toEqual([]);
    expect(rosterX.coverage).toBeNull();
    const rosterY = getScheduleRoster.response.parse(
      (await request(realAuth).get(`/api/schedules/${schedule.id}/roster`).set(vendorY)).body,
    );
    expect(rosterY.shifts.map((shift) => shift.agentId)).toEqual([colleague.id]);
    expect((await request(realAuth).get(`/api/schedules/${schedule.id}/roster`).set(agentAuth)).status).toBe(403);
  });

  it("saves a shift that leaves too little rest with a warning, rejects an overlapping one, and lists the change when published", async () => {
    const queue = await createQueue(system);
    const agent = await createAgent(system, queue.id, { timeZone: "Europe/London", availability: allWeek });
    const schedule = await marchSchedule(system, queue.id);
    const monday = await addShift(system, schedule.id, 1, {
      agentId: agent.id,
      queueIds: [queue.id],
      startUtc: "2026-03-02T09:00:00Z",
      endUtc: "2026-03-02T17:00:00Z",
    });
    const tuesday = await addShift(system, schedule.id, 1, {
      agentId: agent.id,
      queueIds: [queue.id],
      startUtc: "2026-03-03T09:00:00Z",
      endUtc: "2026-03-03T17:00:00Z",
      breaks: [{ kind: "lunch", startUtc: "2026-03-03T12:00:00Z", endUtc: "2026-03-03T12:30:00Z" }],
    });
    expect(monday.warnings).toEqual([]);
    expect(tuesday.warnings).toEqual([]);
    await publish(system, schedule.id, 1);

    const draft = scheduleVersion.parse(
      (await request(system).post(`/api/schedules/${schedule.id}/versions`).send({})).body,
    );
    expect(draft).toMatchObject({ number: 2, status: "draft", source: "manual" });
    const roster = getScheduleRoster.response.parse(
      (await request(system).get(`/api/schedules/${schedule.id}/roster`).query({ version: 2 })).body,
    );
    const tuesdayInDraft = roster.shifts.find((shift) => shift.startUtc === "2026-03-03T09:00:00.000Z")!;
    expect(tuesdayInDraft.shiftKey).toBe(tuesday.shift.shiftKey);

    // Monday ends 17:00; a Tuesday start at 01:00 leaves 8 h of rest, under the 11 h minimum.
    const moved = await request(system)
      .patch(`/api/schedules/${schedule.id}/shifts/${tuesdayInDraft.id}`)
      .set("If-Match", `"${tuesdayInDraft.revision}"`)
      .send({ startUtc: "2026-03-03T01:00:00Z", endUtc: "2026-03-03T09:00:00Z" });
    expect(moved.status).toBe(200);
    const change = updateScheduleShift.response.parse(moved.body);
    expect(change.warnings.map((warning) => warning.rule)).toEqual(["rest"]);
    expect(change.shift.breaks).toEqual([
      { kind: "lunch", startUtc: "2026-03-03T04:00:00.000Z", endUtc: "2026-03-03T04:30:00.000Z" },
    ]);

    const overlapping = await request(system)
      .post(`/api/schedules/${schedule.id}/versions/2/shifts`)
      .send({
        agentId: agent.id,
        queueIds: [queue.id],
        startUtc: "2026-03-02T16:00:00Z",
        endUtc: "2026-03-03T00:00:00Z",
      });
    expect(overlapping.status).toBe(422);
    expect(errorResponse.parse(overlapping.body).error.code).toBe("rule_violated");
    expect(
      (
        await request(system)
          .patch(`/api/schedules/${schedule.id}/shifts/${tuesday.shift.id}`)
          .set("If-Match", `"${tuesday.shift.revision}"`)
          .send({ startUtc: "2026-03-03T10:00:00Z" })
      ).status,
    ).toBe(409);

    const published = await publish(system, schedule.id, 2);
    expect(published.isCurrent).toBe(true);
    expect(published.diff).toMatchObject({ previousVersionNumber: 1, addedCount: 0, removedCount: 0, changedCount: 1 });
    expect(published.diff!.agents).toEqual([
      {
        agentId: agent.id,
        added: [],
        removed: [],
        changed: [
          {
            before: expect.objectContaining({ shiftKey: tuesday.shift.shiftKey, startUtc: "2026-03-03T09:00:00.000Z" }),
            after: expect.objectContaining({ shiftKey: tuesday.shift.shiftKey, startUtc: "2026-03-03T01:00:00.000Z" }),
          },
        ],
      },
    ]);
    const detail = getSchedule.response.parse((await request(system).get(`/api/schedules/${schedule.id}`)).body);
    expect(detail.publishedVersionNumber).toBe(2);
    expect(detail.versions.map((version) => [version.number, version.status, version.isCurrent])).toEqual([
      [1, "published", false],
      [2, "published", true],
    ]);
    const csv = await request(system).get(`/api/schedules/${schedule.id}/versions/2/export`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.text.split("\n")[0]).toBe(
      "agent_name,agent_email,vendor,agent_time_zone,queues,start_utc,end_utc,start_local,end_local,length_minutes,breaks",
    );
    expect(csv.text).toContain(
      `${agent.name},${agent.email},,Europe/London,${queue.name},2026-03-02T09:00:00.000Z,2026-03-02T17:00:00.000Z,2026-03-02T09:00:00+00:00,2026-03-02T17:00:00+00:00,480,`,
    );
  });
});
