import pino from "pino";
import request from "supertest";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { generateShiftDesignInstance } from "../../api/domain/shift-design/generate-instance";
import { solveJob, type SolveJobDto } from "../../api/contracts/solve-jobs";
import { createSolveQueue, type SolveQueue } from "../../api/jobs/solve-queue";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { startWorkerProcess, type LogLine, type WorkerProcess } from "./worker-process";

/**
 * Real `npm run worker` processes on the run's database, killed with SIGKILL. The heartbeat is
 * shortened through the same environment variables a deployment sets: a heartbeat every second,
 * a worker taken as lost after 10 s without one. Not much less: the shift-design local search runs
 * on the worker's main thread for 1–2 s (several on a busy machine), delaying its heartbeats, and at
 * 4 s a live worker's job was once taken over (the fence kept its result single, but not its attempts).
 */
const heartbeatSeconds = 1;
const staleSeconds = 10;
const environment = {
  SHIFTCAST_SOLVE_HEARTBEAT_SECONDS: String(heartbeatSeconds),
  SHIFTCAST_SOLVE_STALE_SECONDS: String(staleSeconds),
};

/** A 15-minute instance the solver cannot finish quickly: a job runs until its time limit. Starts are kept before midnight, as the contract requires. */
const busyInstance = () => {
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

const isOver = (job: SolveJobDto) =>
  job.status === "succeeded" || job.status === "failed" || job.status === "cancelled";
const sleep = (milliseconds: number) => new Promise((resume) => setTimeout(resume, milliseconds));
const linesFor = (lines: LogLine[], message: string, jobId: string) =>
  lines.filter((line) => line.msg === message && line.jobId === jobId);

describe("solve jobs on worker processes (npm run worker)", () => {
  const dataSource = useTestDataSource();
  const workers: WorkerProcess[] = [];
  let queue: SolveQueue;

  const startWorker = async () => {
    const worker = await startWorkerProcess(inject("databaseUrl"), environment);
    workers.push(worker);
    return worker;
  };
  const app = () => buildTestApp(dataSource(), { solveQueue: queue });
  const read = async (id: string) => solveJob.parse((await request(app()).get(`/api/solve-jobs/${id}`)).body);
  const submit = async (timeLimitSeconds: number) => {
    const submitted = await request(app())
      .post("/api/solve-jobs")
      .send({ kind: "shift-design", input: busyInstance(), options: { timeLimitSeconds, relativeGap: 0 } });
    expect(submitted.status).toBe(202);
    return solveJob.parse(submitted.body).id;
  };
  async function waitFor(id: string, isDone: (job: SolveJobDto) => boolean, seconds = 120): Promise<SolveJobDto> {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const job = await read(id);
      if (isDone(job)) return job;
      if (Date.now() > deadline)
        throw new Error(`gave up waiting; last state ${JSON.stringify({ ...job, result: undefined })}`);
      await sleep(100);
    }
  }

  beforeAll(async () => {
    // This process only enqueues (as an API process does); the workers solve.
    queue = await createSolveQueue(inject("databaseUrl"), pino({ level: "silent" }));
  });
  afterEach(async () => {
    // A worker killed by the test is already gone; one left running hands its job back and stops.
    for (const worker of workers.splice(0)) if (!worker.hasExited()) await worker.kill("SIGTERM");
  });
  afterAll(() => queue.stop());

  it(
    "solves 20 queued jobs on two workers exactly once each, one worker killed half-way and its job finished by the other after the heartbeat expires",
    { timeout: 300_000 },
    async () => {
      const [first, second] = await Promise.all([startWorker(), startWorker()]);
      const ids: string[] = [];
      for (let index = 0; index < 20; index += 1) ids.push(await submit(3));

      // Half-way: ten jobs done and the first worker just started on another (it has seconds of solving left).
      const deadline = Date.now() + 240_000;
      let inFlight: string | undefined;
      while (inFlight === undefined) {
        if (Date.now() > deadline) throw new Error("the first worker never took a job after ten were done");
        const rows = (await dataSource().query(
          `SELECT "id", "status", "worker", "started_at" > now() - interval '800 milliseconds' AS "is_fresh" FROM "solve_jobs" WHERE "id" = ANY($1)`,
          [ids],
        )) as Array<{ id: string; status: string; worker: string | null; is_fresh: boolean }>;
        const doneCount = rows.filter((row) => row.status === "succeeded").length;
        if (doneCount >= 10)
          inFlight = rows.find((row) => row.status === "running" && row.worker === first.name && row.is_fresh)?.id;
        if (inFlight === undefined) await sleep(50);
      }
      const killedAt = Date.now();
      await first.kill("SIGKILL");
      const runningOnKilled = (await dataSource().query(
        `SELECT "id" FROM "solve_jobs" WHERE "id" = ANY($1) AND "status" = 'running' AND "worker" = $2`,
        [ids, first.name],
      )) as Array<{ id: string }>;
      expect(runningOnKilled.map((row) => row.id)).toEqual([inFlight]);

      const finished = await Promise.all(ids.map((id) => waitFor(id, isOver, 240)));
      expect(finished.map((job) => job.status)).toEqual(ids.map(() => "succeeded"));
      for (const job of finished)
        expect(Number.isFinite((job.result as { objective: { total: number } }).objective.total)).toBe(true);

      for (const job of finished) {
        const finishedByFirst = linesFor(first.logs(), "solve finished", job.id).length;
        const finishedBySecond = linesFor(second.logs(), "solve finished", job.id).length;
        if (job.id === inFlight) {
          // Taken up by the survivor only once the killed worker's heartbeat had expired.
          expect(job).toMatchObject({ attempts: 2, worker: second.name });
          expect(job.notice).toContain(`attempt 1 stopped: its worker ${first.name} sent no heartbeat`);
          const [restart] = linesFor(second.logs(), "solve started", job.id);
          expect(restart!.time - killedAt).toBeGreaterThanOrEqual((staleSeconds - heartbeatSeconds) * 1000 - 100);
          expect([finishedByFirst, finishedBySecond]).toEqual([0, 1]);
        } else {
          expect(job.attempts).toBe(1);
          expect(job.notice).toBeNull();
          // The killed worker may have recorded a result an instant before it could log it.
          if (job.worker === second.name) expect([finishedByFirst, finishedBySecond]).toEqual([0, 1]);
          else expect([job.worker, finishedBySecond, finishedByFirst <= 1]).toEqual([first.name, 0, true]);
        }
      }
      expect(
        second.logs().filter((line) => line.msg === "solve result not recorded: the job is no longer this attempt's"),
      ).toEqual([]);
    },
  );

  it(
    "says over the API that a job's worker died: queued again with the reason, then failed after its third lost worker",
    { timeout: 300_000 },
    async () => {
      const id = await submit(600);
      let previous: WorkerProcess | undefined;
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const worker = await startWorker();
        const running = await waitFor(id, (job) => job.status === "running" && job.worker === worker.name);
        expect(running.attempts).toBe(attempt);
        if (previous)
          expect(running.notice).toContain(
            `attempt ${attempt - 1} stopped: its worker ${previous.name} sent no heartbeat after`,
          );
        await worker.kill("SIGKILL");
        const stale = await read(id);
        expect(stale.status).toBe("running");
        previous = worker;
      }
      // Any live worker sweeps: this one finds the third attempt's worker gone and gives the job up.
      const sweeper = await startWorker();
      const failed = await waitFor(id, isOver, 60);
      expect(failed).toMatchObject({ status: "failed", attempts: 3, worker: previous!.name });
      expect(failed.error).toMatch(
        new RegExp(
          `^attempt 3 stopped: its worker ${previous!.name} sent no heartbeat after \\S+Z \\(for over ${staleSeconds} s\\); not retried after 3 attempts$`,
        ),
      );
      expect(failed.finishedAt).not.toBeNull();
      expect(linesFor(sweeper.logs(), "solve started", id)).toEqual([]);
    },
  );
});
