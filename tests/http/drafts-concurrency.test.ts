import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "../../api/contracts/errors";
import {
  createSchedule,
  getScheduleRoster,
  publishScheduleVersion,
  scheduleVersion,
} from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, type App } from "./schedules-support";

const tenTimes = <T>(make: (index: number) => T): T[] => Array.from({ length: 10 }, (_unused, index) => make(index));
const at = (hourUtc: number, minute = 0) => new Date(Date.UTC(2026, 2, 2, hourUtc, minute)).toISOString();
const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function newSchedule(app: App, queueId: string) {
  const response = await request(app)
    .post("/api/schedules")
    .send({ periodStart: "2026-03-02T00:00:00Z", periodEnd: "2026-03-09T00:00:00Z", queueIds: [queueId] });
  expect(response.status).toBe(201);
  return createSchedule.response.parse(response.body);
}

/**
 * Concurrency on one draft, through HTTP on real PostgreSQL: requests really overlap (Promise.all),
 * each on its own connection. Every draft write takes the schedule's row lock and a shift edit must
 * name the revision it read (If-Match), so no write is lost, no overlap slips between two checks,
 * and a publish sees the draft as one state.
 */
describe("draft edits under concurrency", () => {
  const dataSource = useTestDataSource();
  let app: App;
  beforeAll(() => {
    app = buildTestApp(dataSource());
  });

  async function draftWithOneShift() {
    const queue = await createQueue(app, { timeZone: "Europe/London" });
    const agent = await createAgent(app, queue.id, { timeZone: "Europe/London", availability: allWeek });
    const schedule = await newSchedule(app, queue.id);
    const added = await request(app)
      .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
      .send({ agentId: agent.id, queueIds: [queue.id], startUtc: at(9), endUtc: at(17) });
    expect(added.status).toBe(201);
    return { schedule, shiftId: added.body.shift.id as string, etag: added.headers.etag as string };
  }

  async function rosterOf(scheduleId: string, version: number | "published") {
    return getScheduleRoster.response.parse(
      (await request(app).get(`/api/schedules/${scheduleId}/roster`).query({ version })).body,
    );
  }

  it("lets exactly one of ten edits made from the same revision through and answers the others 409 version_conflict", async () => {
    const { schedule, shiftId, etag } = await draftWithOneShift();
    const edits = await Promise.all(
      tenTimes((index) =>
        request(app)
          .patch(`/api/schedules/${schedule.id}/shifts/${shiftId}`)
          .set("If-Match", etag)
          .send({ startUtc: at(9, 5 * (index + 1)), endUtc: at(17, 5 * (index + 1)) }),
      ),
    );
    const statuses = edits.map((edit) => edit.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    for (const refused of edits.filter((edit) => edit.status === 409))
      expect(errorResponse.parse(refused.body).error.code).toBe("version_conflict");
    const winner = edits.find((edit) => edit.status === 200)!;
    const [stored] = (await rosterOf(schedule.id, 1)).shifts;
    expect([stored!.startUtc, stored!.endUtc]).toEqual([winner.body.shift.startUtc, winner.body.shift.endUtc]);
    expect(winner.headers.etag).toBe(`"${stored!.revision}"`);
    expect(stored!.revision).toBe(2);
  });

  it("loses none of ten concurrent read-modify-write edits when each retries on version_conflict", async () => {
    const { schedule, shiftId } = await draftWithOneShift();
    const lengthenByFifteenMinutes = async () => {
      for (let attempt = 1; attempt <= 30; attempt += 1) {
        const current = (await rosterOf(schedule.id, 1)).shifts.find((shift) => shift.id === shiftId)!;
        const edit = await request(app)
          .patch(`/api/schedules/${schedule.id}/shifts/${shiftId}`)
          .set("If-Match", `"${current.revision}"`)
          .send({ endUtc: plusMinutes(current.endUtc, 15) });
        if (edit.status === 200) return attempt;
        expect(errorResponse.parse(edit.body).error.code).toBe("version_conflict");
      }
      throw new Error("an edit did not get through in 30 attempts");
    };
    const attempts = await Promise.all(tenTimes(lengthenByFifteenMinutes));
    const [stored] = (await rosterOf(schedule.id, 1)).shifts;
    expect(stored!.endUtc).toBe(plusMinutes(at(17), 150));
    expect(stored!.revision).toBe(11);
    expect(attempts.some((count) => count > 1)).toBe(true);
  });

  it("refuses an edit or a delete without If-Match (428), with a malformed one (400) or from an old revision (409), and overwrites on purpose with If-Match: *", async () => {
    const { schedule, shiftId, etag } = await draftWithOneShift();
    const path = `/api/schedules/${schedule.id}/shifts/${shiftId}`;
    for (const blind of [
      await request(app)
        .patch(path)
        .send({ endUtc: at(18) }),
      await request(app).delete(path),
    ]) {
      expect(blind.status).toBe(428);
      expect(errorResponse.parse(blind.body).error.code).toBe("precondition_required");
    }
    const weak = await request(app)
      .patch(path)
      .set("If-Match", `W/${etag}`)
      .send({ endUtc: at(18) });
    expect(weak.status).toBe(400);
    expect(errorResponse.parse(weak.body).error.details).toContainEqual(
      expect.objectContaining({ path: "headers.if-match" }),
    );
    const edited = await request(app)
      .patch(path)
      .set("If-Match", etag)
      .send({ endUtc: at(18) });
    expect([edited.status, edited.headers.etag]).toEqual([200, '"2"']);
    const stale = await request(app).delete(path).set("If-Match", etag);
    expect(stale.status).toBe(409);
    expect(errorResponse.parse(stale.body).error).toMatchObject({
      code: "version_conflict",
      details: [{ currentRevision: 2 }],
    });
    expect((await rosterOf(schedule.id, 1)).shifts).toHaveLength(1);
    const overwritten = await request(app)
      .patch(path)
      .set("If-Match", "*")
      .send({ endUtc: at(19) });
    expect([overwritten.status, overwritten.headers.etag]).toEqual([200, '"3"']);
    expect((await request(app).delete(path).set("If-Match", overwritten.headers.etag!)).status).toBe(200);
    expect((await rosterOf(schedule.id, 1)).shifts).toHaveLength(0);
  });

  it("saves exactly one of ten identical shifts added at once and refuses the nine overlapping ones", async () => {
    const queue = await createQueue(app);
    const agent = await createAgent(app, queue.id, { timeZone: "Europe/London", availability: allWeek });
    const schedule = await newSchedule(app, queue.id);
    const adds = await Promise.all(
      tenTimes(() =>
        request(app)
          .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
          .send({ agentId: agent.id, queueIds: [queue.id], startUtc: at(9), endUtc: at(17) }),
      ),
    );
    expect(adds.map((add) => add.status).sort()).toEqual([201, ...Array(9).fill(422)]);
    for (const refused of adds.filter((add) => add.status === 422)) {
      const { error } = errorResponse.parse(refused.body);
      expect(error.code).toBe("rule_violated");
      expect(error.details).toContainEqual(expect.objectContaining({ rule: "overlap" }));
    }
    expect((await rosterOf(schedule.id, 1)).shifts).toHaveLength(1);
  });

  it("records, when a publish races ten edits, a difference equal to what was published, and keeps every acknowledged edit", async () => {
    const queue = await createQueue(app, { timeZone: "Europe/London" });
    const agents = await Promise.all(
      tenTimes(() => createAgent(app, queue.id, { timeZone: "Europe/London", availability: allWeek })),
    );
    const schedule = await newSchedule(app, queue.id);
    for (const agent of agents)
      expect(
        (
          await request(app)
            .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
            .send({ agentId: agent.id, queueIds: [queue.id], startUtc: at(9), endUtc: at(17) })
        ).status,
      ).toBe(201);
    expect((await request(app).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
    for (let round = 0; round < 3; round += 1) {
      const draft = scheduleVersion.parse(
        (await request(app).post(`/api/schedules/${schedule.id}/versions`).send({})).body,
      );
      const draftShifts = (await rosterOf(schedule.id, draft.number)).shifts;
      const move = (shift: (typeof draftShifts)[number]) =>
        request(app)
          .patch(`/api/schedules/${schedule.id}/shifts/${shift.id}`)
          .set("If-Match", `"${shift.revision}"`)
          .send({ startUtc: plusMinutes(shift.startUtc, 30), endUtc: plusMinutes(shift.endUtc, 30) });
      const publish = () => request(app).post(`/api/schedules/${schedule.id}/versions/${draft.number}/publish`);
      // The publish goes out after 2, 5 and 8 of the edits in the three rounds.
      const publishAt = 2 + 3 * round;
      const answers = await Promise.all([
        ...draftShifts.slice(0, publishAt).map(move),
        publish(),
        ...draftShifts.slice(publishAt).map(move),
      ]);
      const published = answers[publishAt]!;
      expect(published.status).toBe(200);
      const edits = answers.filter((_answer, index) => index !== publishAt);
      expect(
        edits.every(
          (edit) =>
            edit.status === 200 || (edit.status === 409 && errorResponse.parse(edit.body).error.code === "conflict"),
        ),
      ).toBe(true);

      const before = new Map(
        (await rosterOf(schedule.id, draft.number - 1)).shifts.map((shift) => [shift.shiftKey, shift.startUtc]),
      );
      const after = (await rosterOf(schedule.id, "published")).shifts;
      expect((await rosterOf(schedule.id, "published")).versionNumber).toBe(draft.number);
      const movedKeys = after
        .filter((shift) => shift.startUtc !== before.get(shift.shiftKey))
        .map((shift) => shift.shiftKey)
        .sort();
      const diff = publishScheduleVersion.response.parse(published.body).diff!;
      const changed = diff.agents.flatMap((agent) => agent.changed);
      expect(changed.map((change) => change.after.shiftKey).sort()).toEqual(movedKeys);
      expect(diff.changedCount).toBe(movedKeys.length);
      for (const change of changed)
        expect(change.after.startUtc).toBe(after.find((shift) => shift.shiftKey === change.after.shiftKey)!.startUtc);
      const acknowledged = edits
        .filter((edit) => edit.status === 200)
        .map((edit) => edit.body.shift.shiftKey as string)
        .sort();
      expect(acknowledged).toEqual(movedKeys);
    }
  });
});
