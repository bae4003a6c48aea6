import ICAL from "ical.js";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { getMyNotifications, getNotificationPreferences } from "../../api/contracts/notifications";
import {
  addScheduleShift,
  createSchedule,
  createScheduleVersion,
  getScheduleRoster,
  rotateCalendarFeed,
} from "../../api/contracts/schedules";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

const DAY_MS = 86_400_000;
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
const day = (offsetDays: number, hourUtc: number) =>
  new Date(today + offsetDays * DAY_MS + hourUtc * 3_600_000).toISOString();

/** Events of a feed as Mozilla's ical.js reads them (not the library that wrote it). */
function feedEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      status: component.getFirstPropertyValue("status") ?? null,
    };
  });
}

describe("change notifications: in-app, channels, and the iCal feed", () => {
  const dataSource = useTestDataSource();
  let system: App;
  let realAuth: App;
  beforeAll(() => {
    system = buildTestApp(dataSource());
    realAuth = buildTestApp(dataSource(), { isRealAuth: true });
  });

  /** Three agents with a shift each on day 3, published; then a draft moves Ana's, removes Ben's and keeps Cy's, and is published with a note. */
  async function twoPublishes() {
    const queue = await createQueue(system);
    const agents = {
      ana: await createAgent(system, queue.id, { timeZone: "Asia/Manila", availability: allWeek }),
      ben: await createAgent(system, queue.id, { timeZone: "Europe/London", availability: allWeek }),
      cy: await createAgent(system, queue.id, { timeZone: "America/New_York", availability: allWeek }),
    };
    const auth = {
      ana: await signIn(dataSource(), realAuth, "agent", { agentId: agents.ana.id }),
      ben: await signIn(dataSource(), realAuth, "agent", { agentId: agents.ben.id }),
      cy: await signIn(dataSource(), realAuth, "agent", { agentId: agents.cy.id }),
    };
    const schedule = createSchedule.response.parse(
      (
        await request(system)
          .post("/api/schedules")
          .send({ periodStart: day(1, 0), periodEnd: day(8, 0), queueIds: [queue.id] })
      ).body,
    );
    const keys: Record<string, string> = {};
    for (const [name, agent] of Object.entries(agents)) {
      const response = await request(system)
        .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
        .send({ agentId: agent.id, queueIds: [queue.id], startUtc: day(3, 1), endUtc: day(3, 9) });
      keys[name] = addScheduleShift.response.parse(response.body).shift.shiftKey;
    }
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
    const feeds = {
      ana: rotateCalendarFeed.response.parse((await request(realAuth).post("/api/me/calendar-feed").set(auth.ana)).body)
        .path,
      ben: rotateCalendarFeed.response.parse((await request(realAuth).post("/api/me/calendar-feed").set(auth.ben)).body)
        .path,
    };
    const firstFeeds = {
      ana: feedEvents((await request(realAuth).get(feeds.ana)).text),
      ben: feedEvents((await request(realAuth).get(feeds.ben)).text),
    };

    const version = createScheduleVersion.response.parse(
      (await request(system).post(`/api/schedules/${schedule.id}/versions`).send({})).body,
    );
    const roster = getScheduleRoster.response.parse(
      (await request(system).get(`/api/schedules/${schedule.id}/roster`).query({ version: version.number })).body,
    );
    const draft = new Map(roster.shifts.map((shift) => [shift.shiftKey, shift]));
    const anaShift = draft.get(keys.ana!)!;
    expect(
      (
        await request(system)
          .patch(`/api/schedules/${schedule.id}/shifts/${anaShift.id}`)
          .set("If-Match", `"${anaShift.revision}"`)
          .send({ startUtc: day(3, 2), endUtc: day(3, 10) })
      ).status,
    ).toBe(200);
    const benShift = draft.get(keys.ben!)!;
    expect(
      (
        await request(system)
          .delete(`/api/schedules/${schedule.id}/shifts/${benShift.id}`)
          .set("If-Match", `"${benShift.revision}"`)
      ).status,
    ).toBe(200);
    expect(
      (
        await request(system)
          .post(`/api/schedules/${schedule.id}/versions/${version.number}/publish`)
          .send({ reasonCode: "sick_cover", note: "Covering for a colleague" })
      ).status,
    ).toBe(200);
    return { agents, auth, keys, feeds, firstFeeds };
  }

  const notificationsOf = async (auth: { Authorization: string }) => {
    const response = await request(realAuth).get("/api/me/notifications").set(auth);
    expect(response.status).toBe(200);
    return getMyNotifications.response.parse(response.body);
  };

  it("tells each agent whose own shifts changed, and only them, once per change set, in their own zone and with the reason and note", async () => {
    const { auth, keys } = await twoPublishes();
    const ana = await notificationsOf(auth.ana);
    const cy = await notificationsOf(auth.cy);
    // Everyone was told of the first publish (their shifts were added); only Ana and Ben of the second.
    expect(cy.notifications).toHaveLength(1);
    expect(ana.notifications).toHaveLength(2);
    expect(ana.unreadCount).toBe(2);
    const [latest] = ana.notifications;
    // 01:00Z and 02:00Z on day 3 are 09:00 and 10:00 in Manila (UTC+8, no daylight time).
    expect(latest!.shifts).toEqual([
      {
        shiftKey: keys.ana,
        change: "changed",
        before: {
          startLocal: expect.stringMatching(/T09:00:00\+08:00$/),
          endLocal: expect.stringMatching(/T17:00:00\+08:00$/),
        },
        after: {
          startLocal: expect.stringMatching(/T10:00:00\+08:00$/),
          endLocal: expect.stringMatching(/T18:00:00\+08:00$/),
        },
      },
    ]);
    expect(latest!.body).toContain("Times are in Asia/Manila");
    expect(latest!.body).toMatch(/Moved: \w{3} \d{4}-\d\d-\d\d 09:00–17:00 → \w{3} \d{4}-\d\d-\d\d 10:00–18:00/);
    expect(latest!.body).toContain("(sick_cover)");
    expect(latest!.body).toContain("Note from your planner: Covering for a colleague");
    const ben = await notificationsOf(auth.ben);
    expect(ben.notifications[0]!.shifts.map((shift) => [shift.change, shift.after])).toEqual([["removed", null]]);

    const read = await request(realAuth).post(`/api/me/notifications/${latest!.id}/read`).set(auth.ana);
    expect(read.body).toEqual({ unreadCount: 1 });
    expect((await request(realAuth).post("/api/me/notifications/read").set(auth.ana)).body).toEqual({ unreadCount: 0 });
    expect(
      (await request(realAuth).post(`/api/me/notifications/${ben.notifications[0]!.id}/read`).set(auth.ana)).status,
    ).toBe(404);
  });

  it("keeps an event's UID in the feed with a higher SEQUENCE when it moves, and sends a removed shift as CANCELLED", async () => {
    const { keys, feeds, firstFeeds } = await twoPublishes();
    const uid = (key: string) => `${key}@shiftcast`;
    expect(firstFeeds.ana).toEqual([{ uid: uid(keys.ana!), sequence: 0, start: day(3, 1), status: null }]);
    expect(feedEvents((await request(realAuth).get(feeds.ana)).text)).toEqual([
      { uid: uid(keys.ana!), sequence: 1, start: day(3, 2), status: null },
    ]);
    expect(firstFeeds.ben).toEqual([{ uid: uid(keys.ben!), sequence: 0, start: day(3, 1), status: null }]);
    expect(feedEvents((await request(realAuth).get(feeds.ben)).text)).toEqual([
      { uid: uid(keys.ben!), sequence: 1, start: day(3, 1), status: "CANCELLED" },
    ]);
  });

  it("lets an agent choose their channels: without in-app nothing is listed, without e-mail none is queued", async () => {
    const queue = await createQueue(system);
    const agent = await createAgent(system, queue.id, { availability: allWeek });
    const auth = await signIn(dataSource(), realAuth, "agent", { agentId: agent.id });
    expect(
      getNotificationPreferences.response.parse(
        (await request(realAuth).get("/api/me/notification-preferences").set(auth)).body,
      ),
    ).toEqual({ inApp: true, email: true });
    const set = await request(realAuth)
      .put("/api/me/notification-preferences")
      .set(auth)
      .send({ inApp: false, email: false });
    expect(set.body).toEqual({ inApp: false, email: false });
    expect(
      (await request(realAuth).put("/api/me/notification-preferences").set(auth).send({ inApp: "yes" })).status,
    ).toBe(400);

    const schedule = createSchedule.response.parse(
      (
        await request(system)
          .post("/api/schedules")
          .send({ periodStart: day(1, 0), periodEnd: day(8, 0), queueIds: [queue.id] })
      ).body,
    );
    await request(system)
      .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
      .send({ agentId: agent.id, queueIds: [queue.id], startUtc: day(3, 1), endUtc: day(3, 9) });
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
    expect(await notificationsOf(auth)).toEqual({ unreadCount: 0, notifications: [] });
    const [row] = (await dataSource().query(
      `SELECT "is_email_wanted", "is_in_app" FROM "notifications" WHERE "agent_id" = $1`,
      [agent.id],
    )) as Array<{ is_email_wanted: boolean; is_in_app: boolean }>;
    expect(row).toEqual({ is_email_wanted: false, is_in_app: false });
  });
});
