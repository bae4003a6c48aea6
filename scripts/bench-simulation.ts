import { chmod, mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import { replicateUntilPrecise } from "../api/domain/simulation/replicate-until-precise";
import { addDays, isoWeekday } from "../api/domain/time/local-date";
import { localDateOf, localMidnightUtcMs } from "../api/domain/time/local-day";
import type { SimulationInput } from "../api/domain/simulation/simulation-input";
import { solveExecutors } from "../api/jobs/solve-executors";
import { createSolveRunner } from "../api/jobs/solve-runner";
import { poolReplicationRunner } from "../api/infrastructure/workers/simulation-pool";
import { startWorkerPool, stopWorkerPool } from "../api/infrastructure/workers/worker-pool";
import { createDataSource } from "../api/persistence/data-source";
import { startEmbeddedServer, type RunningDatabase } from "../api/persistence/embedded-server";
import { createPersistence } from "../api/persistence/repositories";
import { createSolveJobRepository } from "../api/persistence/repositories/solve-job-repository";
import { systemActor } from "../api/services/actor";
import { seedDemoOrganisationIfEmpty } from "../api/services/demo-seed";
import { createServices } from "../api/services/services";
import { createSimulationService } from "../api/services/simulation-service";

/**
 * `npm run bench:simulation [-- --postgres URL]`: the simulator's two timing targets of issue 20.
 * 1. One voice queue, one day of 48 half hours at 300 calls each (AHT 300 s, 50 Erlangs, patience
 *    180 s), 60 agents all day: 100 replications on the warm worker pool (goal ≤ 2 s).
 * 2. The demo organisation's published week: a fresh database (the embedded PostgreSQL, or a new
 *    database on --postgres's server, dropped after), seeded as `npm start` seeds it, each queue
 *    forecast, the week solved (HiGHS, 60 s limit) and published, then simulated until every
 *    queue day's service level has a 95 % CI of ±1 point (goal ≤ 30 s); then the what-ifs "+10 %
 *    volume" and "3 agents absent" on the same week. Prints figures; asserts nothing.
 */
const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const loadAverage = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`;
const seconds = (startedAt: number) => ((performance.now() - startedAt) / 1000).toFixed(2);
const percent = (value: number | null) => (value === null ? "–" : `${(value * 100).toFixed(1)} %`);

function oneQueueDay(): SimulationInput {
  const intervals = 48;
  return {
    periodStartUtcMs: Date.parse("2026-03-02T05:00:00Z"),
    intervalSeconds: 1800,
    intervalCount: intervals,
    queues: [
      {
        id: "voice",
        channel: "voice",
        timeZone: "America/New_York",
        targetAnswerSeconds: 20,
        businessSecondsPerInterval: null,
        expectedArrivals: Array<number>(intervals).fill(300),
        ahtSeconds: Array<number>(intervals).fill(300),
        handleTime: { distribution: "exponential" },
        patienceSeconds: 180,
        concurrency: 1,
        dispersion: 0,
      },
    ],
    agents: Array.from({ length: 60 }, (_unused, index) => ({
      id: `agent-${index}`,
      spans: [{ startSeconds: 0, endSeconds: intervals * 1800, queueIndices: [0] }],
    })),
    routing: { agentQueueChoice: "priority_order" },
    serviceLevelDefinition: "abandons_count_against",
  };
}

async function benchOneQueue(): Promise<void> {
  const input = oneQueueDay();
  const fixed = (replications: number) => ({
    seed: 1,
    targetHalfWidth: 0,
    minReplications: replications,
    maxReplications: replications,
    batchSize: replications,
  });
  await replicateUntilPrecise(input, poolReplicationRunner(input), fixed(4));
  const timings: number[] = [];
  let report;
  for (let run = 0; run < 3; run++) {
    const startedAt = performance.now();
    report = await replicateUntilPrecise(input, poolReplicationRunner(input), fixed(100));
    timings.push(performance.now() - startedAt);
  }
  const day = report!.days[0]!;
  console.log(
    `one queue, 48 half hours × 300 calls, 60 agents: 100 replications in ${timings.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(", ")} (3 runs, ${availableParallelism()} threads); ` +
      `daily SL ${percent(day.serviceLevelFraction.mean)} ± ${percent(day.serviceLevelFraction.halfWidth95)}, abandoned ${percent(day.abandonmentFraction.mean)}, occupancy ${percent(day.occupancyFraction.mean)}; ${loadAverage()}`,
  );
}

async function demoDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  let embedded: RunningDatabase | undefined;
  let directory: string | undefined;
  let adminUrl = argument("postgres");
  if (!adminUrl) {
    directory = await mkdtemp(join(tmpdir(), "shiftcast-bench-simulation-"));
    await chmod(directory, 0o755);
    embedded = await startEmbeddedServer(directory, pino({ level: "warn" }));
    adminUrl = embedded.url;
  }
  const database = `shiftcast_bench_simulation_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client(adminUrl);
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    close: async () => {
      await admin(`DROP DATABASE "${database}"`);
      await embedded?.stop();
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  };
}

async function benchDemoWeek(): Promise<void> {
  const database = await demoDatabase();
  const dataSource = createDataSource(database.url, { poolSize: 4 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    const logger = pino({ level: "warn" });
    const asOf = new Date();
    await seedDemoOrganisationIfEmpty(dataSource, logger, asOf);
    const runner = createSolveRunner(createSolveJobRepository(dataSource), solveExecutors, logger);
    const services = createServices({
      dataSource,
      version: "bench",
      solveQueue: {
        enqueue: (jobId) => runner.run(jobId),
        startWorker: async () => undefined,
        stop: async () => undefined,
      },
    });
    const actor = await services.organisationContext.actorForRequest();
    const queues = await services.queues.list(actor);
    for (const queue of queues) await services.forecasts.create(actor, queue.id, { horizonDays: 14, method: "auto" });
    const today = localDateOf(asOf.getTime(), "America/New_York");
    const monday = addDays(today, 1 - isoWeekday(today));
    const agents = await services.agents.list(actor, { includeFormer: false, asOf: monday });
    const solvedAt = performance.now();
    const { scheduleId } = await services.schedules.solve(actor, {
      periodStart: new Date(localMidnightUtcMs(monday, "America/New_York")).toISOString(),
      periodEnd: new Date(localMidnightUtcMs(addDays(monday, 7), "America/New_York")).toISOString(),
      queueIds: queues.map((queue) => queue.id),
      agentIds: agents.map((agent) => agent.id),
      options: {
        timeLimitSeconds: 60,
        relativeGap: 0.02,
        quantile: "expected",
        startGranularityMinutes: 30,
        minRestMinutes: 660,
      },
    });
    await services.schedules.get(actor, scheduleId);
    await services.schedules.publish(actor, scheduleId, 1);
    console.log(
      `demo week: ${queues.length} queues, ${agents.length} current agents, solved and published in ${seconds(solvedAt)} s`,
    );
    const simulations = createSimulationService(createPersistence(dataSource), (input) => poolReplicationRunner(input));
    const startedAt = performance.now();
    const report = await simulations.simulate(systemActor(actor.organisationId), scheduleId, "published");
    console.log(
      `demo week simulated to a ${report.isPrecisionReached ? "reached" : "NOT reached"} ±1-point CI on every queue day's SL: ${report.replications} replications in ${seconds(startedAt)} s (widest half-width ${percent(report.widestDailyServiceLevelHalfWidth)}); ${loadAverage()}`,
    );
    const nameOf = new Map(queues.map((queue) => [queue.id, queue.name]));
    const weekly = (simulated: typeof report) => {
      const whole = simulated.days.filter((day) => day.isWholeDay && (day.offered.mean ?? 0) > 0);
      return queues
        .map((queue) => {
          const days = whole.filter((day) => day.queueId === queue.id);
          const mean = days.reduce((sum, day) => sum + day.serviceLevelFraction.mean!, 0) / Math.max(1, days.length);
          return `${queue.name} ${percent(mean)}`;
        })
        .join(", ");
    };
    const absentAgentIds = agents.slice(0, 3).map((agent) => agent.id);
    for (const [name, whatIf] of [
      ["+10 % volume", { volumeFactor: 1.1 }],
      ["3 agents absent", { absentAgentIds }],
    ] as const) {
      const whatIfAt = performance.now();
      const changed = await simulations.simulate(systemActor(actor.organisationId), scheduleId, "published", whatIf);
      console.log(
        `what-if ${name}: ${changed.replications} replications in ${seconds(whatIfAt)} s; mean daily SL of whole days ${weekly(changed)} (published: ${weekly(report)})`,
      );
    }
    for (const day of report.days.filter((item) => (item.offered.mean ?? 0) > 0)) {
      console.log(
        `  ${nameOf.get(day.queueId)} ${day.localDate}: offered ${day.offered.mean!.toFixed(0)}, SL ${percent(day.serviceLevelFraction.mean)} ± ${percent(day.serviceLevelFraction.halfWidth95)}, ASA ${day.asaSeconds.mean?.toFixed(1) ?? "–"} s, abandoned ${percent(day.abandonmentFraction.mean)}, occupancy ${percent(day.occupancyFraction.mean)}`,
      );
    }
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

startWorkerPool();
try {
  await benchOneQueue();
  await benchDemoWeek();
} finally {
  await stopWorkerPool();
}
