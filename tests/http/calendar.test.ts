import ICAL from "ical.js";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createSchedule, getScheduleRoster, rotateCalendarFeed, scheduleVersion } from "../../api/contracts/schedules";
import { buildTestApp, captureLogs } from "../support/app";
import { useTestDataSource } from "../support/database";
import { allWeek, createAgent, createQueue, signIn, type App } from "./schedules-support";

/** The feed parsed by Mozilla's ical.js (a different library from the generator): name, refresh and events. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return {
    name: calendar.getFirstPropertyValue("x-wr-calname"),
    refresh: String(calendar.getFirstPropertyValue("refresh-interval")),
    events: events
      .map((event) => ({
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        summary: event.summary,
      }))
      .sort((a, b) => a.start.localeCompare(b.start)),
  };
}

describe("iCal feed per agent", () => {
  const dataSource = useTestDataSource();
  let system: App;
  beforeAll(() => {
    system = buildTestApp(dataSource(), { isRealAuth: false });
  });

  it("serves published shifts and breaks at UTC instants with stable UIDs, a raised SEQUENCE after a change, and never logs the token", async () => {
    const now = Date.now();
    const day = (offsetDays: number, hourUtc: number) =>
      new Date(Math.floor(now / 86_400_000) * 86_400_000 + offsetDays * 86_400_000 + hourUtc * 3_600_000).toISOString();
    const logs = captureLogs();
    const app = buildTestApp(dataSource(), { isRealAuth: true, logger: logs.logger });
    const queue = await createQueue(system);
    const agent = await createAgent(system, queue.id, { timeZone: "Asia/Manila", availability: allWeek });
    const colleague = await createAgent(system, queue.id, { availability: allWeek });
    const created = await request(system)
      .post("/api/schedules")
      .send({ periodStart: day(1, 0), periodEnd: day(8, 0), queueIds: [queue.id] });
    const schedule = createSchedule.response.parse(created.body);
    const shiftBody = (agentId: string, start: number) => ({
      agentId,
      queueIds: [queue.id],
      startUtc: day(start, 1),
      endUtc: day(start, 9),
      breaks: [{ kind: "lunch", startUtc: day(start, 4), endUtc: day(start, 5) }],
    });
    for (const body of [shiftBody(agent.id, 2), shiftBody(agent.id, 3), shiftBody(colleague.id, 2)])
      expect((await request(system).post(`/api/schedules/${schedule.id}/versions/1/shifts`).send(body)).status).toBe(
        201,
      );
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);

    const agentAuth = await signIn(dataSource(), app, "agent", { agentId: agent.id });
    expect((await request(app).get("/api/me/calendar-feed").set(agentAuth)).body).toEqual({
      isActive: false,
      createdAt: null,
      lastFetchedAt: null,
    });
    const feed = rotateCalendarFeed.response.parse(
      (await request(app).post("/api/me/calendar-feed").set(agentAuth)).body,
    );
    const token = feed.path.slice("/api/calendar/".length, -".ics".length);

    const first = await request(app).get(feed.path);
    expect(first.status).toBe(200);
    expect(first.headers["content-type"]).toContain("text/calendar");
    const parsed = parseFeed(first.text);
    expect(parsed.name).toBe(`Shiftcast – ${agent.name}`);
    expect(parsed.refresh).toBe("PT1H");
    expect(parsed.events.map((event) => [event.start, event.end, event.summary])).toEqual(
      [
        [day(2, 1), day(2, 9), `Shift: ${queue.name}`],
        [day(2, 4), day(2, 5), "Lunch"],
        [day(3, 1), day(3, 9), `Shift: ${queue.name}`],
        [day(3, 4), day(3, 5), "Lunch"],
      ].map(([start, end, summary]) => [new Date(start!).toISOString(), new Date(end!).toISOString(), summary]),
    );
    expect(parsed.events.map((event) => event.sequence)).toEqual([0, 0, 0, 0]);

    const draft = scheduleVersion.parse(
      (await request(system).post(`/api/schedules/${schedule.id}/versions`).send({})).body,
    );
    const roster = getScheduleRoster.response.parse(
      (await request(system).get(`/api/schedules/${schedule.id}/roster`).query({ version: draft.number })).body,
    );
    const later = roster.shifts.find(
      (shift) => shift.agentId === agent.id && shift.startUtc === new Date(day(3, 1)).toISOString(),
    )!;
    expect(
      (
        await request(system)
          .patch(`/api/schedules/${schedule.id}/shifts/${later.id}`)
          .set("If-Match", `"${later.revision}"`)
          .send({ startUtc: day(3, 2), endUtc: day(3, 10) })
      ).status,
    ).toBe(200);
    expect((await request(system).post(`/api/schedules/${schedule.id}/versions/${draft.number}/publish`)).status).toBe(
      200,
    );

    const second = parseFeed((await request(app).get(feed.path)).text);
    expect(second.events.map((event) => event.uid)).toEqual(parsed.events.map((event) => event.uid));
    expect(second.events.map((event) => [event.start, event.sequence])).toEqual([
      [new Date(day(2, 1)).toISOString(), 0],
      [new Date(day(2, 4)).toISOString(), 0],
      [new Date(day(3, 2)).toISOString(), 1],
      [new Date(day(3, 5)).toISOString(), 1],
    ]);

    const rotated = rotateCalendarFeed.response.parse(
      (await request(app).post("/api/me/calendar-feed").set(agentAuth)).body,
    );
    expect((await request(app).get(feed.path)).status).toBe(404);
    expect((await request(app).get(rotated.path)).status).toBe(200);
    expect((await request(app).delete("/api/me/calendar-feed").set(agentAuth)).body.isActive).toBe(false);
    expect((await request(app).get(rotated.path)).status).toBe(404);

    const text = logs.lines().join("\n");
    expect(text).toContain("/api/calendar/[redacted]");
    for (const secret of [token, rotated.path.slice("/api/calendar/".length, -".ics".length)])
      expect(text).not.toContain(secret);
  });

  it("shows no feed to an account that is not an agent, and no other agent's feed without its token", async () => {
    const app = buildTestApp(dataSource(), { isRealAuth: true });
    const planner = await signIn(dataSource(), app, "planner");
    expect((await request(app).get("/api/me/calendar-feed").set(planner)).status).toBe(404);
    expect((await request(app).post("/api/me/calendar-feed").set(planner)).status).toBe(404);
    expect((await request(app).get("/api/calendar/cal_guessedTokenThatIsLongEnough.ics")).status).toBe(404);
  });
});
