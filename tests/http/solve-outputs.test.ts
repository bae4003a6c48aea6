import pino from "pino";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createForecast } from "../../api/contracts/forecasts";
import { rosterSolutionSchema } from "../../api/contracts/roster-problem";
import { createSchedule, getScheduleRoster, solveSchedule } from "../../api/contracts/schedules";
import { solveJob } from "../../api/contracts/solve-jobs";
import { solveExecutors } from "../../api/jobs/solve-executors";
import type { SolveQueue } from "../../api/jobs/solve-queue";
import { createSolveRunner } from "../../api/jobs/solve-runner";
import { createSolveJobRepository } from "../../api/persistence/repositories/solve-job-repository";
import { computeRequirements } from "../../api/domain/staffing/requirements";
import { requirementsQueueOf } from "../../api/domain/staffing/requirements-queue";
import { calculateStaffingCase } from "../../api/domain/staffing/staffing-case";
import { requirementsRequest, staffingBatchRequest } from "../../api/contracts/staffing";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { floatNoiseIn } from "../support/float-noise";
import { createAgent, createQueue, type App } from "./schedules-support";

/** Four weeks of daily history, 7 contacts an hour 09:00–17:00 UTC with an AHT of 290 s, ending Friday 27 February 2026. */
function historyCsv(): string {
  const lines = ["timestamp,count,aht_seconds"];
  for (let day = 0; day < 28; day += 1) {
    const date = new Date(Date.UTC(2026, 0, 31 + day)).toISOString().slice(0, 10);
    for (let hour = 9; hour < 17; hour += 1)
      lines.push(`${date}T${String(hour).padStart(2, "0")}:00:00Z,${7 + (day % 3)},290`);
  }
  return `${lines.join("\n")}\n`;
}

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday: weekday as 1,
  startLocal: "08:00",
  endLocal: "18:00",
}));

describe("roster solve outputs", () => {
  const dataSource = useTestDataSource();
  let app: App;
  beforeAll(() => {
    // Each job runs in this process as it is enqueued, through the runner and executors the worker uses.
    const runner = createSolveRunner(createSolveJobRepository(dataSource()), solveExecutors, pino({ level: "silent" }));
    const queue: SolveQueue = {
      enqueue: (jobId) => runner.run(jobId),
      startWorker: async () => undefined,
      stop: async () => undefined,
    };
    app = buildTestApp(dataSource(), { solveQueue: queue });
  });

  /** A UTC queue with history, a forecast of 28 days from 28 February and a newer one of 7 days from 16 March, and one agent. */
  async function queueWithTwoForecasts() {
    const queue = await createQueue(app, { timeZone: "UTC", intervalMinutes: 60 });
    expect(
      (await request(app).post(`/api/queues/${queue.id}/history`).set("Content-Type", "text/csv").send(historyCsv()))
        .status,
    ).toBeLessThan(300);
    const covering = createForecast.response.parse(
      (await request(app).post(`/api/queues/${queue.id}/forecasts`).send({ horizonDays: 28, method: "seasonal-naive" }))
        .body,
    );
    const newest = createForecast.response.parse(
      (
        await request(app)
          .post(`/api/queues/${queue.id}/forecasts`)
          .send({ horizonDays: 7, method: "seasonal-naive", startDate: "2026-03-16" })
      ).body,
    );
    expect([covering.startDate, covering.endDate, newest.startDate, newest.endDate]).toEqual([
      "2026-02-28",
      "2026-03-28",
      "2026-03-16",
      "2026-03-23",
    ]);
    const contract = { minMinutesPerWeek: 0, maxMinutesPerWeek: 2400, maxShiftsPerWeek: 5, shiftLengthsMinutes: [480] };
    const agent = await createAgent(app, queue.id, { timeZone: "UTC", availability: everyDay, contract });
    return { queue, covering, newest, agent };
  }

  const solve = (queueId: string, agentId: string, periodStart: string, periodEnd: string) =>
    request(app)
      .post("/api/schedules/solve")
      .send({ periodStart, periodEnd, queueIds: [queueId], agentIds: [agentId], options: { timeLimitSeconds: 5 } });

  it("staffs from the forecast covering the period, not the queue's newest, and warns of nothing", async () => {
    const { queue, agent } = await queueWithTwoForecasts();
    const submitted = await solve(queue.id, agent.id, "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z");
    expect(submitted.status).toBe(202);
    const { scheduleId, jobId, warnings } = solveSchedule.response.parse(submitted.body);
    expect(warnings).toEqual([]);
    const roster = getScheduleRoster.response.parse(
      (await request(app).get(`/api/schedules/${scheduleId}/roster`)).body,
    );
    expect(roster.coverage!.filter((entry) => entry.requiredAgents > 0)).toHaveLength(16);
    const job = solveJob.parse((await request(app).get(`/api/solve-jobs/${jobId}`)).body);
    expect(rosterSolutionSchema.parse(job.result).warnings).toEqual([]);
  });

  it("uses the newest forecast covering part of the period and names the intervals it leaves without one", async () => {
    const { queue, agent } = await queueWithTwoForecasts();
    // 22–24 March: the newest forecast ends at 23 March 00:00; the older one covers it all.
    const covered = await solve(queue.id, agent.id, "2026-03-22T00:00:00Z", "2026-03-24T00:00:00Z");
    expect(solveSchedule.response.parse(covered.body).warnings).toEqual([]);
    // 27–29 March: the older forecast ends on 28 March 00:00, the newer one ended before.
    const partial = await solve(queue.id, agent.id, "2026-03-27T00:00:00Z", "2026-03-29T00:00:00Z");
    expect(partial.status).toBe(202);
    const { jobId, warnings } = solveSchedule.response.parse(partial.body);
    const [warning] = warnings;
    expect(warning).toMatchObject({ code: "intervals_without_forecast", count: 24 });
    expect(warning!.message).toContain("2026-03-28T00:00:00.000Z to 2026-03-29T00:00:00.000Z");
    // Stored with the job's result, so a reload of the solve review (GET /api/solve-jobs/:id) still has it.
    const [stored] = (await dataSource().query(`SELECT "status", "result" FROM "solve_jobs" WHERE "id" = $1`, [
      jobId,
    ])) as { status: string; result: unknown }[];
    expect(stored?.status).toBe("succeeded");
    expect(rosterSolutionSchema.parse(stored!.result).warnings).toEqual([warning]);
    const reloaded = solveJob.parse((await request(app).get(`/api/solve-jobs/${jobId}`)).body);
    expect(rosterSolutionSchema.parse(reloaded.result).warnings).toEqual([warning]);
  });

  it("warns of the intervals a schedule created by hand leaves without a forecast, as a solve does", async () => {
    const { queue } = await queueWithTwoForecasts();
    const create = (periodStart: string, periodEnd: string) =>
      request(app)
        .post("/api/schedules")
        .send({ periodStart, periodEnd, queueIds: [queue.id] });
    const covered = await create("2026-03-22T00:00:00Z", "2026-03-24T00:00:00Z");
    expect(covered.status).toBe(201);
    expect(createSchedule.response.parse(covered.body).warnings).toEqual([]);
    const partial = await create("2026-03-27T00:00:00Z", "2026-03-29T00:00:00Z");
    expect(partial.status).toBe(201);
    const schedule = createSchedule.response.parse(partial.body);
    expect(schedule.warnings).toEqual([expect.objectContaining({ code: "intervals_without_forecast", count: 24 })]);
    expect(schedule.warnings[0]!.message).toContain("2026-03-28T00:00:00.000Z to 2026-03-29T00:00:00.000Z");
    expect(schedule.queuesWithoutRequirements).toEqual([]);
    // What the forecast covers is still filled: 27 March's open hours carry a requirement, 28 March's none.
    const roster = getScheduleRoster.response.parse(
      (await request(app).get(`/api/schedules/${schedule.id}/roster`)).body,
    );
    const required = (day: string) =>
      roster.coverage!.filter((entry) => entry.intervalStartUtc.startsWith(day) && entry.requiredAgents > 0).length;
    expect(required("2026-03-27")).toBeGreaterThan(0);
    expect(required("2026-03-28")).toBe(0);
  });

  it("refuses a period no stored forecast reaches, naming the queue", async () => {
    const { queue, agent } = await queueWithTwoForecasts();
    const refused = await solve(queue.id, agent.id, "2026-04-06T00:00:00Z", "2026-04-08T00:00:00Z");
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("validation_failed");
    expect(refused.body.error.details[0].message).toContain(`${queue.name} has no stored forecast`);
  });

  it("answers no float noise in the JSON and CSV a solve produces: job, schedule, week, export, requirements, forecast", async () => {
    const { queue, agent, covering } = await queueWithTwoForecasts();
    await request(app)
      .post(`/api/queues/${queue.id}/forecasts/${covering.id}/overrides`)
      .send({ kind: "scale-day", localDate: "2026-03-03", factor: 1.4 });
    const { scheduleId, jobId } = solveSchedule.response.parse(
      (await solve(queue.id, agent.id, "2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z")).body,
    );
    const outputs = [
      await request(app).get(`/api/solve-jobs/${jobId}`),
      await request(app).get("/api/solve-jobs"),
      await request(app).get(`/api/schedules/${scheduleId}`),
      await request(app).get(`/api/schedules/${scheduleId}/roster`),
      await request(app).get(`/api/schedules/${scheduleId}/versions/1/export`),
      await request(app)
        .get(`/api/queues/${queue.id}/requirements`)
        .query({ from: "2026-03-02", to: "2026-03-05", forecastId: covering.id }),
      await request(app)
        .get(`/api/queues/${queue.id}/forecasts/${covering.id}`)
        .query({ from: "2026-03-02", to: "2026-03-05" }),
    ];
    for (const output of outputs) {
      expect(output.status).toBe(200);
      expect(floatNoiseIn(output.text)).toEqual([]);
    }
    const forecast = outputs[6]!.body as { intervals: { intervalStart: string; expected: number }[] };
    // Monday 2 March had 7 contacts an hour, so 3 March is forecast 7 × 1.4 = 9.799999999999999 in binary: stored so, answered as 9.8.
    expect(
      forecast.intervals
        .filter((interval) => interval.intervalStart.startsWith("2026-03-03"))
        .map((interval) => interval.expected),
    ).toContain(9.8);
  });
});

describe("staffing outputs", () => {
  const dataSource = useTestDataSource();
  const voice = { targetServiceLevel: 0.8, targetAnswerSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 };
  // 21 agents ÷ (1 − 0.3) is 30.000000000000004 FTE and 1.1 contacts × 180 s ÷ 1800 s is 0.11000000000000001 Erlangs in binary.
  const calculator = {
    cases: [
      { callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, ...voice, agents: 21 },
      {
        callsPerInterval: 1.1,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        ...voice,
        model: "erlang-a",
        patienceSeconds: 90,
      },
    ],
  };
  const series = {
    queue: { channel: "voice", ...voice },
    intervalSeconds: 1800,
    intervals: [1.1, 2.2, 100].map((volume, index) => ({
      intervalStart: new Date(Date.UTC(2026, 2, 9, 13) + index * 1_800_000).toISOString(),
      volume,
      ahtSeconds: 180,
    })),
  };

  it("answers no float noise from the Erlang calculator and a series' requirements, whose unrounded figures carry it", async () => {
    const exactCases = staffingBatchRequest.parse(calculator).cases.map((input) => calculateStaffingCase(input));
    const parsedSeries = requirementsRequest.parse(series);
    const exactSeries = computeRequirements(
      requirementsQueueOf(parsedSeries.queue),
      parsedSeries.intervals.map((interval) => ({
        startUtcMs: Date.parse(interval.intervalStart),
        volume: interval.volume,
        ahtSeconds: interval.ahtSeconds,
      })),
      parsedSeries.intervalSeconds,
    );
    expect(floatNoiseIn(JSON.stringify(exactCases))).toEqual(
      expect.arrayContaining(["30.000000000000004", "0.11000000000000001"]),
    );
    expect(floatNoiseIn(JSON.stringify(exactSeries))).toEqual(
      expect.arrayContaining(["0.11000000000000001", "0.22000000000000003"]),
    );

    const app = buildTestApp(dataSource());
    const calculated = await request(app).post("/api/staffing/calculate").send(calculator);
    const required = await request(app).post("/api/staffing/requirements").send(series);
    for (const output of [calculated, required]) {
      expect(output.status).toBe(200);
      expect(floatNoiseIn(output.text)).toEqual([]);
    }
    expect(calculated.body.results[0]).toMatchObject({ agents: 21, fractionalFte: 30, scheduledAgents: 30 });
    expect(calculated.body.results[1].trafficErlangs).toBe(0.11);
    expect(required.body.intervals.map((interval: { trafficErlangs: number }) => interval.trafficErlangs)).toEqual([
      0.11, 0.22, 10,
    ]);
  });
});
