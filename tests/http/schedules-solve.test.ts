import pino from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createForecast } from "../../api/contracts/forecasts";
import {
  getMyShifts,
  getSchedule,
  getScheduleRoster,
  publishScheduleVersion,
  solveSchedule,
} from "../../api/contracts/schedules";
import { solveExecutors } from "../../api/jobs/solve-executors";
import type { SolveQueue } from "../../api/jobs/solve-queue";
import { createSolveRunner } from "../../api/jobs/solve-runner";
import { createSolveJobRepository } from "../../api/persistence/repositories/solve-job-repository";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { createAgent, createQueue, signIn, type App } from "./schedules-support";

/** Four weeks of weekday history, 12 contacts an hour 09:00–17:00 New York time, AHT 300 s. */
function weekdayHistoryCsv(): string {
  const lines = ["timestamp,count,aht_seconds"];
  for (let day = 0; day < 28; day += 1) {
    if (day % 7 >= 5) continue;
    const date = new Date(Date.UTC(2026, 1, 2 + day)).toISOString().slice(0, 10);
    for (let hour = 9; hour < 17; hour += 1) lines.push(`${date}T${String(hour).padStart(2, "0")}:00,12,300`);
  }
  return `${lines.join("\n")}\n`;
}

describe("POST /api/schedules/solve", () => {
  const dataSource = useTestDataSource();
  let app: App;
  let queue: SolveQueue;
  beforeAll(() => {
    // Runs each job in this process as it is enqueued, through the same runner and executors the worker uses.
    const runner = createSolveRunner(createSolveJobRepository(dataSource()), solveExecutors, pino({ level: "silent" }));
    queue = { enqueue: (jobId) => runner.run(jobId), startWorker: async () => undefined, stop: async () => undefined };
    app = buildTestApp(dataSource(), { solveQueue: queue });
  });

  it("rosters a small organisation from its forecast, keeps the roster as a draft, and shows the published shifts to the agent", async () => {
    const voice = await createQueue(app, { timeZone: "America/New_York", intervalMinutes: 60 });
    await request(app)
      .post(`/api/queues/${voice.id}/history`)
      .set("Content-Type", "text/csv")
      .send(weekdayHistoryCsv());
    const forecast = createForecast.response.parse(
      (await request(app).post(`/api/queues/${voice.id}/forecasts`).send({ horizonDays: 7, method: "seasonal-naive" }))
        .body,
    );
    expect(forecast.startDate).toBe("2026-02-28");
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
      weekday: weekday as 1,
      startLocal: "08:00",
      endLocal: "18:00",
    }));
    const contract = { minMinutesPerWeek: 0, maxMinutesPerWeek: 2400, maxShiftsPerWeek: 5, shiftLengthsMinutes: [480] };
    const agents = [
      await createAgent(app, voice.id, { timeZone: "America/New_York", availability: weekdays, contract }),
      await createAgent(app, voice.id, { timeZone: "America/New_York", availability: weekdays, contract }),
    ];

    // Monday and Tuesday 2 and 3 March 2026 in New York (EST, UTC−5).
    const submitted = await request(app)
      .post("/api/schedules/solve")
      .send({
        periodStart: "2026-03-02T05:00:00Z",
        periodEnd: "2026-03-04T05:00:00Z",
        queueIds: [voice.id],
        agentIds: agents.map((agent) => agent.id),
        options: { timeLimitSeconds: 10 },
      });
    expect(submitted.status).toBe(202);
    const { jobId, scheduleId } = solveSchedule.response.parse(submitted.body);

    const detail = getSchedule.response.parse((await request(app).get(`/api/schedules/${scheduleId}`)).body);
    expect(detail.solves).toEqual([{ jobId, status: "succeeded", versionNumber: 1 }]);
    expect(detail.versions).toHaveLength(1);
    expect(detail.versions[0]).toMatchObject({ number: 1, status: "draft", source: "solve", solveJobId: jobId });
    expect(detail.versions[0]!.solveSummary!.lowerBound).not.toBeNull();
    expect((await request(app).get(`/api/schedules/${scheduleId}`)).body.versions).toHaveLength(1);

    const roster = getScheduleRoster.response.parse(
      (await request(app).get(`/api/schedules/${scheduleId}/roster`)).body,
    );
    // The period is 48 h and the 35-h weekly rest (2003/88/EC art. 5) leaves room for one 8-h shift per agent, both needed.
    expect(roster.shifts.map((shift) => shift.agentId).sort()).toEqual(agents.map((agent) => agent.id).sort());
    for (const shift of roster.shifts) {
      expect(Date.parse(shift.endUtc) - Date.parse(shift.startUtc)).toBe(480 * 60_000);
      expect(shift.breaks.map((item) => item.kind).sort()).toEqual(["break", "lunch"]);
    }
    const open = roster.coverage!.filter((entry) => entry.requiredAgents > 0);
    expect(open).toHaveLength(16);
    for (const entry of roster.coverage!)
      expect(entry.shortAgents).toBeCloseTo(Math.max(0, entry.requiredAgents - entry.scheduledAgents), 9);
    expect(roster.coverage!.some((entry) => entry.expectedServiceLevelFraction !== null)).toBe(true);

    const agentAuth = await signIn(dataSource(), buildTestApp(dataSource(), { isRealAuth: true }), "agent", {
      agentId: agents[0]!.id,
    });
    const realAuth = buildTestApp(dataSource(), { isRealAuth: true });
    const range = { from: "2026-03-01T00:00:00Z", to: "2026-03-05T00:00:00Z" };
    expect(
      getMyShifts.response.parse((await request(realAuth).get("/api/me/shifts").query(range).set(agentAuth)).body)
        .shifts,
    ).toEqual([]);

    const published = publishScheduleVersion.response.parse(
      (await request(app).post(`/api/schedules/${scheduleId}/versions/1/publish`)).body,
    );
    expect(published.diff).toMatchObject({
      previousVersionNumber: null,
      addedCount: 2,
      removedCount: 0,
      changedCount: 0,
    });
    const mine = getMyShifts.response.parse(
      (await request(realAuth).get("/api/me/shifts").query(range).set(agentAuth)).body,
    );
    expect(mine.timeZone).toBe("America/New_York");
    expect(mine.shifts).toHaveLength(1);
    expect(mine.shifts.every((shift) => shift.startLocal.endsWith("-05:00"))).toBe(true);
  });
});
