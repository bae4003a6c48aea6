import { randomUUID } from "node:crypto";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import {
  acceptScheduleRepair,
  listScheduleEvents,
  recordAbsence,
  repairSchedule,
} from "../../api/contracts/schedule-events";
import { listScheduleChanges } from "../../api/contracts/schedule-changes";
import { createSchedule, getScheduleRoster } from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, type App } from "./schedules-support";

/** A published manual schedule over 2–16 March 2026: ana works 3 and 10 March, ben 3 March, 09:00–17:00 UTC. */
async function publishedWeek(app: App) {
  const queue = await createQueue(app, { timeZone: "UTC" });
  const ana = await createAgent(app, queue.id, { timeZone: "UTC", availability: allWeek });
  const ben = await createAgent(app, queue.id, { timeZone: "UTC", availability: allWeek });
  const created = await request(app)
    .post("/api/schedules")
    .send({ periodStart: "2026-03-02T00:00:00Z", periodEnd: "2026-03-16T00:00:00Z", queueIds: [queue.id] });
  expect(created.status).toBe(201);
  const schedule = createSchedule.response.parse(created.body);
  for (const [agentId, day] of [
    [ana.id, "03"],
    [ben.id, "03"],
    [ana.id, "10"],
  ]) {
    const added = await request(app)
      .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
      .send({
        agentId,
        queueIds: [queue.id],
        startUtc: `2026-03-${day}T09:00:00Z`,
        endUtc: `2026-03-${day}T17:00:00Z`,
      });
    expect(added.status).toBe(201);
  }
  expect((await request(app).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
  return { schedule, ana, ben };
}

async function publishedShifts(app: App, scheduleId: string) {
  const response = await request(app).get(`/api/schedules/${scheduleId}/roster`).query({ version: "published" });
  expect(response.status).toBe(200);
  return getScheduleRoster.response.parse(response.body).shifts.map((shift) => [shift.agentId, shift.startUtc]);
}

async function ledger(app: App, scheduleId: string) {
  const response = await request(app).get(`/api/schedules/${scheduleId}/changes`);
  expect(response.status).toBe(200);
  return listScheduleChanges.response.parse(response.body).changeSets;
}

async function events(app: App, scheduleId: string) {
  return listScheduleEvents.response.parse((await request(app).get(`/api/schedules/${scheduleId}/events`)).body).events;
}

describe("absences and repairs on a published schedule", () => {
  const dataSource = useTestDataSource();
  let app: App;
  beforeAll(() => {
    app = buildTestApp(dataSource());
  });

  it("records an absence with who and when and leaves the published roster as agents see it", async () => {
    const { schedule, ana } = await publishedWeek(app);
    const before = await publishedShifts(app, schedule.id);
    const response = await request(app)
      .post(`/api/schedules/${schedule.id}/absences`)
      .send({ agentId: ana.id, localDate: "2026-03-10", reasonCode: "sick" });
    expect(response.status).toBe(201);
    const event = recordAbsence.response.parse(response.body);
    expect(event).toMatchObject({
      kind: "absence",
      versionNumber: 1,
      agentId: ana.id,
      startUtc: "2026-03-10T00:00:00.000Z",
      endUtc: "2026-03-11T00:00:00.000Z",
      reasonCode: "sick",
      createdBy: "system",
    });
    expect(await publishedShifts(app, schedule.id)).toEqual(before);
    const changeSets = await ledger(app, schedule.id);
    expect(changeSets.map((changeSet) => changeSet.kind)).toEqual(["publish", "absence"]);
    expect(changeSets[1]).toMatchObject({ reasonCode: "sick", versionNumber: null, createdBy: "system", changes: [] });
  });

  it.each([
    [
      "an unknown agent",
      () => ({ agentId: randomUUID(), localDate: "2026-03-10", reasonCode: "sick" }),
      400,
      "body.agentId",
    ],
    [
      "a day outside the schedule's period",
      (ana: string) => ({ agentId: ana, localDate: "2026-04-01", reasonCode: "training" }),
      400,
      "body.localDate",
    ],
    [
      "a span overlapping the absence already recorded",
      (ana: string) => ({
        agentId: ana,
        startUtc: "2026-03-10T12:00:00Z",
        endUtc: "2026-03-10T13:00:00Z",
        reasonCode: "no_show",
      }),
      409,
      "body.startUtc",
    ],
    [
      "a reason code that is not one of the four",
      (ana: string) => ({ agentId: ana, localDate: "2026-03-11", reasonCode: "holiday" }),
      400,
      "body.reasonCode",
    ],
  ])("refuses %s, naming the field, and writes nothing", async (_label, bodyOf, status, path) => {
    const { schedule, ana } = await publishedWeek(app);
    expect(
      (
        await request(app)
          .post(`/api/schedules/${schedule.id}/absences`)
          .send({ agentId: ana.id, localDate: "2026-03-10", reasonCode: "sick" })
      ).status,
    ).toBe(201);
    const response = await request(app).post(`/api/schedules/${schedule.id}/absences`).send(bodyOf(ana.id));
    expect(response.status).toBe(status);
    const error = errorResponse.parse(response.body).error;
    expect(JSON.stringify(error.details)).toContain(path);
    expect((await events(app, schedule.id)).length).toBe(1);
    expect((await ledger(app, schedule.id)).map((changeSet) => changeSet.kind)).toEqual(["publish", "absence"]);
  });

  it("proposes a repair that takes the absent shift off, and publishes it as version 2 when accepted, once", async () => {
    const { schedule, ana, ben } = await publishedWeek(app);
    expect(
      (
        await request(app)
          .post(`/api/schedules/${schedule.id}/absences`)
          .send({ agentId: ana.id, localDate: "2026-03-10", reasonCode: "sick" })
      ).status,
    ).toBe(201);
    const proposed = await request(app)
      .post(`/api/schedules/${schedule.id}/repair`)
      .send({ cutoffUtc: "2026-03-09T00:00:00Z", timeLimitSeconds: 2, fromScratchTimeLimitSeconds: 1 });
    expect(proposed.status).toBe(200);
    const proposal = repairSchedule.response.parse(proposed.body);
    expect(proposal.baseVersionNumber).toBe(1);
    expect(proposal.frozenShifts).toBe(2);
    expect(proposal.changes).toContainEqual(
      expect.objectContaining({
        agentId: ana.id,
        kind: "removed",
        before: { startUtc: "2026-03-10T09:00:00.000Z", endUtc: "2026-03-10T17:00:00.000Z" },
        premiumAgentMinutes: 60,
      }),
    );
    expect(proposal.fromScratch.shortAgentMinutesBefore).toBe(proposal.repair.shortAgentMinutesBefore);
    // Proposing publishes nothing.
    expect(await publishedShifts(app, schedule.id)).toContainEqual([ana.id, "2026-03-10T09:00:00.000Z"]);

    const accepted = await request(app).post(`/api/schedules/${schedule.id}/repairs/${proposal.proposalId}/accept`);
    expect(accepted.status).toBe(200);
    const { version } = acceptScheduleRepair.response.parse(accepted.body);
    expect(version).toMatchObject({ number: 2, status: "published", isCurrent: true });
    expect(version.diff).toMatchObject({ removedCount: 1, changedCount: 0 });
    const after = await publishedShifts(app, schedule.id);
    expect(after).not.toContainEqual([ana.id, "2026-03-10T09:00:00.000Z"]);
    expect(after).toEqual(
      expect.arrayContaining([
        [ana.id, "2026-03-03T09:00:00.000Z"],
        [ben.id, "2026-03-03T09:00:00.000Z"],
      ]),
    );
    const again = await request(app).post(`/api/schedules/${schedule.id}/repairs/${proposal.proposalId}/accept`);
    expect(again.status).toBe(409);
    expect((await events(app, schedule.id)).map((event) => event.kind)).toEqual([
      "absence",
      "repair_proposed",
      "repair_accepted",
    ]);
    const changeSets = await ledger(app, schedule.id);
    expect(changeSets.map((changeSet) => changeSet.kind)).toEqual(["publish", "absence", "repair"]);
    expect(changeSets[2]).toMatchObject({ versionNumber: 2 });
    expect(changeSets[2]!.changes).toEqual([
      expect.objectContaining({
        agentId: ana.id,
        change: "removed",
        after: null,
        before: expect.objectContaining({ startUtc: "2026-03-10T09:00:00.000Z" }),
      }),
    ]);
  }, 60_000);
});
