import { readFileSync } from "node:fs";
import pino from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateShiftDesignInstance } from "../../api/domain/shift-design/generate-instance";
import { solveJob, type SolveJobDto } from "../../api/contracts/solve-jobs";
import { solveExecutors } from "../../api/jobs/solve-executors";
import { createSolveQueue, type SolveQueue } from "../../api/jobs/solve-queue";
import { createSolveRunner } from "../../api/jobs/solve-runner";
import { createSolveJobRepository } from "../../api/persistence/repositories/solve-job-repository";
import { inject } from "vitest";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";

const silent = pino({ level: "silent" });
const example = JSON.parse(readFileSync("tests/fixtures/shift-design-example.json", "utf8")) as unknown;

/**
 * A 15-minute instance with hundreds of candidate shifts: it keeps the solver busy for many seconds.
 * Starts are kept before midnight, as the instance contract requires.
 */
const hardInstance = () => {
  const { problem } = generateShiftDesignInstance({
    seed: 7,
    slotMinutes: 15,
    plantedShiftCount: 10,
    maxWorkersPerDay: 6,
    noiseFraction: 0.3,
  });
  return {
    ...problem,
    shiftTypes: problem.shiftTypes.map((type) => ({ ...type, maxStartSlot: Math.min(type.maxStartSlot, 95) })),
  };
};

async function waitFor(
  read: () => Promise<SolveJobDto>,
  isDone: (job: SolveJobDto) => boolean,
  seconds = 90,
): Promise<SolveJobDto> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const job = await read();
    if (isDone(job)) return job;
    if (Date.now() > deadline)
      throw new Error(`gave up waiting; last state ${JSON.stringify({ ...job, result: undefined })}`);
    await new Promise((resume) => setTimeout(resume, 250));
  }
}

describe("durable solve jobs (pg-boss on the test database)", () => {
  const dataSource = useTestDataSource();
  const queues: SolveQueue[] = [];

  async function startQueue(withWorker: boolean): Promise<SolveQueue> {
    const queue = await createSolveQueue(inject("databaseUrl"), silent);
    if (withWorker)
      await queue.startWorker(createSolveRunner(createSolveJobRepository(dataSource()), solveExecutors, silent));
    queues.push(queue);
    return queue;
  }

  const appWith = (queue: SolveQueue) => buildTestApp(dataSource(), { solveQueue: queue });

  let queue: SolveQueue;
  beforeAll(async () => {
    queue = await startQueue(true);
  });
  afterAll(async () => {
    for (const started of queues) await started.stop();
  });

  it("solves a shift design submitted over HTTP and streams its end as a server-sent event", async () => {
    const app = appWith(queue);
    const submitted = await request(app)
      .post("/api/solve-jobs")
      .send({ kind: "shift-design", input: example, options: { timeLimitSeconds: 60, relativeGap: 0 } });
    expect(submitted.status).toBe(202);
    const id = solveJob.parse(submitted.body).id;
    const done = await waitFor(
      async () => solveJob.parse((await request(app).get(`/api/solve-jobs/${id}`)).body),
      (job) => job.status !== "queued" && job.status !== "running",
    );
    expect(done.status).toBe("succeeded");
    const result = done.result as {
      objective: { total: number };
      lowerBound: number;
      relativeGap: number;
      solveSeconds: number;
    };
    expect(result.objective.total).toBe(480);
    // The progress of a finished job is its final figures, not the last bound the solver streamed.
    expect(done.progress).toEqual({
      elapsedSeconds: result.solveSeconds,
      incumbentObjective: 480,
      bestBound: result.lowerBound,
      relativeGap: result.relativeGap,
      phase: "finished",
    });
    const cancelled = await request(app).post(`/api/solve-jobs/${id}/cancel`);
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.error).toMatchObject({
      code: "job_finished",
      details: [expect.objectContaining({ status: "succeeded" })],
    });
    expect(solveJob.parse((await request(app).get(`/api/solve-jobs/${id}`)).body)).toMatchObject({
      status: "succeeded",
      isCancelRequested: false,
    });
    const events = await request(app).get(`/api/solve-jobs/${id}/events`);
    expect(events.headers["content-type"]).toContain("text/event-stream");
    expect(events.text).toMatch(/^event: done\ndata: \{/);
  });

  it("keeps the best solution found when a running solve is cancelled", async () => {
    const app = appWith(queue);
    const submitted = solveJob.parse(
      (
        await request(app)
          .post("/api/solve-jobs")
          .send({ kind: "shift-design", input: hardInstance(), options: { timeLimitSeconds: 300, relativeGap: 0 } })
      ).body,
    );
    const read = async () => solveJob.parse((await request(app).get(`/api/solve-jobs/${submitted.id}`)).body);
    const running = await waitFor(read, (job) => job.progress?.incumbentObjective != null);
    expect(running.status).toBe("running");
    expect((await request(app).post(`/api/solve-jobs/${submitted.id}/cancel`)).status).toBe(202);
    const cancelled = await waitFor(read, (job) => job.status !== "running");
    expect(cancelled.status).toBe("cancelled");
    const result = cancelled.result as { shifts: unknown[]; objective: { total: number } };
    expect(result.shifts.length).toBeGreaterThan(0);
    expect(result.objective.total).toBeLessThanOrEqual(running.progress!.incumbentObjective! + 1e-6);
  });

  it("survives a restart: a solve interrupted by shutdown is queued again and finished by the next worker", async () => {
    const first = await startQueue(true);
    const app = appWith(first);
    const submitted = solveJob.parse(
      (
        await request(app)
          .post("/api/solve-jobs")
          .send({ kind: "shift-design", input: hardInstance(), options: { timeLimitSeconds: 8, relativeGap: 0 } })
      ).body,
    );
    const read = async () => solveJob.parse((await request(app).get(`/api/solve-jobs/${submitted.id}`)).body);
    await waitFor(read, (job) => job.status === "running");
    await queue.stop();
    queues.splice(queues.indexOf(queue), 1);
    await first.stop();
    queues.splice(queues.indexOf(first), 1);
    const interrupted = await read();
    expect(interrupted.status).toBe("queued");
    queue = await startQueue(true);
    const finished = await waitFor(read, (job) => job.status === "succeeded" || job.status === "failed");
    expect(finished.status).toBe("succeeded");
    expect(finished.attempts).toBe(2);
  });

  it("answers 404 for another organisation's or an unknown job and 400 for a bad submission", async () => {
    const app = appWith(queue);
    expect((await request(app).get("/api/solve-jobs/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const bad = await request(app)
      .post("/api/solve-jobs")
      .send({ kind: "shift-design", input: { slotMinutes: 60 } });
    expect(bad.status).toBe(400);
  });

  it("refuses at submission a roster problem the schema accepts but the solve could not prepare (unknown queue, off-grid instant)", async () => {
    const app = appWith(queue);
    const roster = JSON.parse(readFileSync("docs/examples/roster-problem.json", "utf8")) as {
      requirements: { queueId: string; intervalStartUtc: string }[];
    };
    const unknownQueue = {
      ...roster,
      requirements: [{ ...roster.requirements[0], queueId: "nope" }, ...roster.requirements.slice(1)],
    };
    const offGrid = {
      ...roster,
      requirements: [
        {
          ...roster.requirements[0],
          intervalStartUtc: roster.requirements[0].intervalStartUtc.replace(/:00:00Z$/, ":10:00Z"),
        },
        ...roster.requirements.slice(1),
      ],
    };
    const before = (await request(app).get("/api/solve-jobs")).body.jobs.length;
    for (const [input, named] of [
      [unknownQueue, "nope"],
      [offGrid, "00:10"],
    ] as const) {
      const refused = await request(app).post("/api/solve-jobs").send({ kind: "roster", input });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("validation_failed");
      expect(refused.body.error.details[0].path).toBe("body.input");
      expect(refused.body.error.details[0].message).toContain(named);
    }
    expect((await request(app).get("/api/solve-jobs")).body.jobs.length).toBe(before);
  });
});
