import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  exportScheduleChanges,
  getFairWorkweekReport,
  listScheduleChanges,
} from "../../api/contracts/schedule-changes";
import {
  addScheduleShift,
  createSchedule,
  createScheduleVersion,
  getScheduleRoster,
} from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

const DAY_MS = 86_400_000;
/** Whole UTC days from the file's start at an hour (fixed once, so a run across midnight agrees with itself); the notice window is measured from the real publish instant. */
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
const day = (offsetDays: number, hourUtc: number) =>
  new Date(today + offsetDays * DAY_MS + hourUtc * 3_600_000).toISOString();

describe("the change ledger of a published schedule", () => {
  const dataSource = useTestDataSource();
  let system: App;
  let realAuth: App;
  beforeAll(() => {
    system = buildTestApp(dataSource());
    realAuth = buildTestApp(dataSource(), { isRealAuth: true });
  });

  /** A schedule over the next 35 days with shifts of two agents (one of Partner X) on day 3 and day 30, published once. */
  async function publishedSchedule() {
    const queue = await createQueue(system);
    const ana = await createAgent(system, queue.id, {
      timeZone: "Asia/Manila",
      availability: allWeek,
      vendor: "Partner X",
    });
    const ben = await createAgent(system, queue.id, { timeZone: "Europe/London", availability: allWeek });
    const schedule = createSchedule.response.parse(
      (
        await request(system)
          .post("/api/schedules")
          .send({ periodStart: day(1, 0), periodEnd: day(36, 0), queueIds: [queue.id] })
      ).body,
    );
    const add = async (version: number, agentId: string, offsetDays: number) => {
      const response = await request(system)
        .post(`/api/schedules/${schedule.id}/versions/${version}/shifts`)
        .send({ agentId, queueIds: [queue.id], startUtc: day(offsetDays, 1), endUtc: day(offsetDays, 9) });
      expect(response.status).toBe(201);
      return addScheduleShift.response.parse(response.body).shift;
    };
    const shifts = {
      anaSoon: await add(1, ana.id, 3),
      anaLater: await add(1, ana.id, 30),
      benSoon: await add(1, ben.id, 3),
    };
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
    return { queue, ana, ben, schedule, shifts, add };
  }

  /** A new draft from the published version; answers the draft's shifts by shift key. */
  async function draftOf(scheduleId: string) {
    const version = createScheduleVersion.response.parse(
      (await request(system).post(`/api/schedules/${scheduleId}/versions`).send({})).body,
    );
    const roster = getScheduleRoster.response.parse(
      (await request(system).get(`/api/schedules/${scheduleId}/roster`).query({ version: version.number })).body,
    );
    return { number: version.number, byKey: new Map(roster.shifts.map((shift) => [shift.shiftKey, shift])) };
  }

  const changesOf = async (scheduleId: string, query: Record<string, string> = {}) => {
    const response = await request(system).get(`/api/schedules/${scheduleId}/changes`).query(query);
    expect(response.status).toBe(200);
    return listScheduleChanges.response.parse(response.body).changeSets;
  };

  it("records the first publish as a change set adding every shift, with who and which version", async () => {
    const { schedule, shifts } = await publishedSchedule();
    const [first, ...rest] = await changesOf(schedule.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      kind: "publish",
      versionNumber: 1,
      createdBy: "system",
      reasonCode: null,
      note: null,
      notes: [],
    });
    expect(
      first!.changes.map((change) => [change.shiftKey, change.change, change.before, change.after?.startUtc]),
    ).toEqual(
      expect.arrayContaining(
        [shifts.anaSoon, shifts.benSoon, shifts.anaLater].map((shift) => [
          shift.shiftKey,
          "added",
          null,
          shift.startUtc,
        ]),
      ),
    );
    expect(first!.changes).toHaveLength(3);
  });

  it("records a later publish shift by shift, before and after, with its reason and note, and reads it per agent, week and change set", async () => {
    const { schedule, shifts, ana, ben, add } = await publishedSchedule();
    const draft = await draftOf(schedule.id);
    const moved = draft.byKey.get(shifts.anaSoon.shiftKey)!;
    expect(
      (
        await request(system)
          .patch(`/api/schedules/${schedule.id}/shifts/${moved.id}`)
          .set("If-Match", `"${moved.revision}"`)
          .send({ startUtc: day(3, 3), endUtc: day(3, 11) })
      ).status,
    ).toBe(200);
    const removed = draft.byKey.get(shifts.benSoon.shiftKey)!;
    expect(
      (
        await request(system)
          .delete(`/api/schedules/${schedule.id}/shifts/${removed.id}`)
          .set("If-Match", `"${removed.revision}"`)
      ).status,
    ).toBe(200);
    const added = await add(draft.number, ben.id, 4);
    const published = await request(system)
      .post(`/api/schedules/${schedule.id}/versions/${draft.number}/publish`)
      .send({ reasonCode: "forecast_change", note: "Tuesday volume moved later" });
    expect(published.status).toBe(200);

    const [, second] = await changesOf(schedule.id);
    expect(second).toMatchObject({
      kind: "publish",
      versionNumber: draft.number,
      reasonCode: "forecast_change",
      note: "Tuesday volume moved later",
    });
    const byKey = new Map(second!.changes.map((change) => [change.shiftKey, change]));
    expect([...byKey.keys()].sort()).toEqual([shifts.anaSoon.shiftKey, shifts.benSoon.shiftKey, added.shiftKey].sort());
    expect(byKey.get(shifts.anaSoon.shiftKey)).toMatchObject({
      agentId: ana.id,
      change: "changed",
      before: { startUtc: day(3, 1), sequence: 0 },
      after: { startUtc: day(3, 3), sequence: 1 },
    });
    expect(byKey.get(shifts.benSoon.shiftKey)).toMatchObject({
      agentId: ben.id,
      change: "removed",
      before: { startUtc: day(3, 1) },
      after: null,
    });
    expect(byKey.get(added.shiftKey)).toMatchObject({
      agentId: ben.id,
      change: "added",
      before: null,
      after: { startUtc: day(4, 1), sequence: 0 },
    });

    const anaOnly = await changesOf(schedule.id, { agentId: ana.id });
    expect(anaOnly.flatMap((set) => set.changes.map((change) => change.agentId))).toEqual([ana.id, ana.id, ana.id]);
    const secondOnly = await changesOf(schedule.id, { changeSetId: second!.id });
    expect(secondOnly.map((set) => set.id)).toEqual([second!.id]);
    const weekOfDay30 = await changesOf(schedule.id, { from: day(28, 0), to: day(35, 0) });
    expect(weekOfDay30.flatMap((set) => set.changes.map((change) => change.shiftKey))).toEqual([
      shifts.anaLater.shiftKey,
    ]);

    const csv = await request(system)
      .get(`/api/schedules/${schedule.id}/changes/export`)
      .query({ changeSetId: second!.id });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain(exportScheduleChanges.responseContentType);
    const lines = csv.text.trim().split("\n");
    expect(lines[0]).toBe(
      "change_set_id,changed_at,changed_by,kind,reason_code,note,agent_name,agent_email,shift_key,change,before_start_utc,before_end_utc,after_start_utc,after_end_utc",
    );
    expect(
      lines
        .slice(1)
        .map((line) => line.split(",")[9])
        .sort(),
    ).toEqual(["added", "changed", "removed"]);
  });

  it("appends a planner's later note beside the change set without changing it", async () => {
    const { schedule } = await publishedSchedule();
    const [first] = await changesOf(schedule.id);
    const noted = await request(system)
      .post(`/api/schedules/${schedule.id}/changes/${first!.id}/notes`)
      .send({ note: "Agreed with the team lead" });
    expect(noted.status).toBe(201);
    const [again] = await changesOf(schedule.id);
    expect(again).toMatchObject({ ...first, notes: [{ note: "Agreed with the team lead", createdBy: "system" }] });
    const unknown = await request(system)
      .post(`/api/schedules/${schedule.id}/changes/00000000-0000-4000-8000-000000000000/notes`)
      .send({ note: "x" });
    expect(unknown.status).toBe(404);
  });

  it("is refused UPDATE, DELETE and TRUNCATE by PostgreSQL itself", async () => {
    const { schedule } = await publishedSchedule();
    const [first] = await changesOf(schedule.id);
    const attempts = [
      `UPDATE "schedule_change_sets" SET "note" = 'rewritten' WHERE "id" = '${first!.id}'`,
      `DELETE FROM "schedule_change_sets" WHERE "id" = '${first!.id}'`,
      `UPDATE "schedule_changes" SET "after" = NULL, "change" = 'removed' WHERE "change_set_id" = '${first!.id}'`,
      `DELETE FROM "schedule_changes" WHERE "change_set_id" = '${first!.id}'`,
      `TRUNCATE "schedule_change_notes"`,
    ];
    for (const statement of attempts) await expect(dataSource().query(statement)).rejects.toThrow(/append-only/);
    const [after] = await changesOf(schedule.id);
    expect(after).toEqual(first);
  });

  it("shows a vendor manager only their partner's agents' changes, and no schedule that was never published", async () => {
    const { schedule, ana } = await publishedSchedule();
    const vendorX = await signIn(dataSource(), realAuth, "vendor_manager", { vendor: "Partner X" });
    const response = await request(realAuth).get(`/api/schedules/${schedule.id}/changes`).set(vendorX);
    expect(response.status).toBe(200);
    const agentIds = listScheduleChanges.response
      .parse(response.body)
      .changeSets.flatMap((set) => set.changes.map((change) => change.agentId));
    expect(new Set(agentIds)).toEqual(new Set([ana.id]));
    const queue = await createQueue(system);
    const draftOnly = createSchedule.response.parse(
      (
        await request(system)
          .post("/api/schedules")
          .send({ periodStart: day(1, 0), periodEnd: day(8, 0), queueIds: [queue.id] })
      ).body,
    );
    expect((await request(realAuth).get(`/api/schedules/${draftOnly.id}/changes`).set(vendorX)).status).toBe(404);
    const agentAuth = await signIn(dataSource(), realAuth, "agent", { agentId: ana.id });
    expect((await request(realAuth).get(`/api/schedules/${schedule.id}/changes`).set(agentAuth)).status).toBe(403);
  });

  it("owes the predictability premium per change inside the 14-day notice window, per agent and pay period, and not for the first publish", async () => {
    const { schedule, shifts, ana } = await publishedSchedule();
    const draft = await draftOf(schedule.id);
    for (const key of [shifts.anaSoon.shiftKey, shifts.anaLater.shiftKey]) {
      const shift = draft.byKey.get(key)!;
      const response = await request(system)
        .patch(`/api/schedules/${schedule.id}/shifts/${shift.id}`)
        .set("If-Match", `"${shift.revision}"`)
        .send({ endUtc: new Date(Date.parse(shift.endUtc) - 3_600_000).toISOString() });
      expect(response.status).toBe(200);
    }
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/${draft.number}/publish`)).status).toBe(
      200,
    );

    const response = await request(system)
      .get(`/api/schedules/${schedule.id}/fair-workweek`)
      .query({ payPeriodDays: 7 });
    expect(response.status).toBe(200);
    const report = getFairWorkweekReport.response.parse(response.body);
    expect(report).toMatchObject({ noticeWindowDays: 14, predictabilityPremiumMinutes: 60 });
    // Day 3 is inside the window (premium), day 30 outside; the schedule's pay periods start on day 1.
    expect(
      report.rows.map((row) => [
        row.agentId,
        row.payPeriodStartUtc,
        row.changesInsideWindow,
        row.changesOutsideWindow,
        row.premiumMinutes,
      ]),
    ).toEqual([
      [ana.id, day(1, 0), 1, 0, 60],
      [ana.id, day(29, 0), 0, 1, 0],
    ]);
    const csv = await request(system).get(`/api/schedules/${schedule.id}/fair-workweek/export`);
    expect(csv.text.trim().split("\n")).toEqual([
      "agent_name,pay_period_start_utc,pay_period_end_utc,changes_inside_window,changes_outside_window,premium_minutes",
      `${ana.name},${day(1, 0)},${day(8, 0)},1,0,60`,
      `${ana.name},${day(29, 0)},${day(36, 0)},0,1,0`,
    ]);
  });
});
