import pino from "pino";
import request from "supertest";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createScheduleVersion, createSchedule, getScheduleRoster } from "../../api/contracts/schedules";
import { createNotificationQueue, type NotificationQueue } from "../../api/jobs/notification-queue";
import { buildTestApp } from "../support/app";
import { useOwnDatabase } from "../support/own-database";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { allWeek, createAgent, createQueue } from "../http/schedules-support";
import { startWorkerProcess, type WorkerProcess } from "./worker-process";

const DAY_MS = 86_400_000;
const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
const day = (offsetDays: number, hourUtc: number) =>
  new Date(today + offsetDays * DAY_MS + hourUtc * 3_600_000).toISOString();
const sleep = (milliseconds: number) => new Promise((resume) => setTimeout(resume, milliseconds));

async function until(what: string, isDone: () => boolean | Promise<boolean>, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Real `npm run worker` processes delivering to a real SMTP server in this process, on a database of
 * this file's own (a worker sends every unsent message it finds, so other files' messages must not be
 * in reach). The first worker is killed with SIGKILL while the server holds its replies, i.e. mid-send.
 */
describe("change e-mails on worker processes (npm run worker) to an SMTP server", () => {
  const dataSource = useOwnDatabase("notify");
  const databaseUrl = () => (dataSource().options as { url: string }).url;
  const workers: WorkerProcess[] = [];
  let queue: NotificationQueue;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // This process only enqueues, as an API process does; the workers deliver.
    queue = await createNotificationQueue(databaseUrl(), pino({ level: "silent" }));
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) if (!worker.hasExited()) await worker.kill("SIGTERM");
  });
  afterAll(async () => {
    await queue.stop();
    await sink.close();
  });

  it(
    "delivers exactly the affected agents' messages, once each, after a worker is killed mid-batch and another starts",
    { timeout: 400_000 },
    async () => {
      const app = buildTestApp(dataSource(), { notificationQueue: queue });
      const queueDto = await createQueue(app);
      const agents = [];
      for (let index = 0; index < 60; index += 1)
        agents.push(
          await createAgent(app, queueDto.id, {
            availability: allWeek,
            timeZone: index % 2 ? "Asia/Manila" : "Europe/London",
          }),
        );
      const schedule = createSchedule.response.parse(
        (
          await request(app)
            .post("/api/schedules")
            .send({ periodStart: day(1, 0), periodEnd: day(8, 0), queueIds: [queueDto.id] })
        ).body,
      );
      for (const agent of agents) {
        expect(
          (
            await request(app)
              .post(`/api/schedules/${schedule.id}/versions/1/shifts`)
              .send({ agentId: agent.id, queueIds: [queueDto.id], startUtc: day(3, 1), endUtc: day(3, 9) })
          ).status,
        ).toBe(201);
      }
      expect((await request(app).post(`/api/schedules/${schedule.id}/versions/1/publish`)).status).toBe(200);
      // The second publish moves the shifts of every third agent only.
      const version = createScheduleVersion.response.parse(
        (await request(app).post(`/api/schedules/${schedule.id}/versions`).send({})).body,
      );
      const roster = getScheduleRoster.response.parse(
        (await request(app).get(`/api/schedules/${schedule.id}/roster`).query({ version: version.number })).body,
      );
      const moved = agents.filter((_agent, index) => index % 3 === 0);
      for (const agent of moved) {
        const shift = roster.shifts.find((item) => item.agentId === agent.id)!;
        expect(
          (
            await request(app)
              .patch(`/api/schedules/${schedule.id}/shifts/${shift.id}`)
              .set("If-Match", `"${shift.revision}"`)
              .send({ startUtc: day(3, 2), endUtc: day(3, 10) })
          ).status,
        ).toBe(200);
      }
      expect(
        (
          await request(app)
            .post(`/api/schedules/${schedule.id}/versions/${version.number}/publish`)
            .send({ note: "Later start" })
        ).status,
      ).toBe(200);
      const [first, second] = (await dataSource().query(
        `SELECT "id" FROM "schedule_change_sets" WHERE "schedule_id" = $1 ORDER BY "created_at"`,
        [schedule.id],
      )) as Array<{ id: string }>;
      const expected = agents.length + moved.length;

      const deliveries = async () =>
        (
          (await dataSource().query(`SELECT count(*)::int AS "count" FROM "notification_deliveries"`)) as Array<{
            count: number;
          }>
        )[0]!.count;
      const environment = { SHIFTCAST_SMTP_URL: sink.url };
      const killed = await startWorkerProcess(databaseUrl(), environment);
      workers.push(killed);
      await until("the first worker to send 25 messages", () => sink.received.length >= 25);
      sink.holdAll();
      // Mid-batch: messages are held unanswered, and every answered one has been recorded as sent.
      await until("a held message", () => sink.held.length > 0);
      await until("the answered messages to be recorded", async () => (await deliveries()) === sink.received.length);
      const sentBeforeKill = sink.received.length;
      expect(sentBeforeKill).toBeLessThan(expected);
      await killed.kill("SIGKILL");
      sink.release();

      workers.push(await startWorkerProcess(databaseUrl(), environment));
      await until(`all ${expected} messages`, () => sink.received.length >= expected);
      await until("every delivery recorded", async () => (await deliveries()) === expected);

      const recipientsOf = (changeSetId: string) =>
        sink.received
          .filter((mail) => mail.changeSetId === changeSetId)
          .map((mail) => mail.to)
          .sort();
      expect(recipientsOf(first!.id)).toEqual(agents.map((agent) => agent.email).sort());
      expect(recipientsOf(second!.id)).toEqual(moved.map((agent) => agent.email).sort());
      expect(sink.received).toHaveLength(expected);
      // What the killed worker was sending when it died was sent again, once, by the second.
      const held = [...sink.held];
      expect(held.length).toBeGreaterThan(0);
      for (const mail of held)
        expect(
          sink.received.filter((item) => item.to === mail.to && item.changeSetId === mail.changeSetId),
        ).toHaveLength(1);
      expect(sink.received.find((mail) => mail.changeSetId === second!.id)?.subject).toMatch(
        /^Your schedule changed: 1 shift in /,
      );
    },
  );
});
