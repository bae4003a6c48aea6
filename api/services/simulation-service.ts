import { createHash } from "node:crypto";
import {
  replicateUntilPrecise,
  DEFAULT_PRECISION,
  type PrecisionOptions,
  type ReplicationRunner,
  type SimulationReport,
} from "../domain/simulation/replicate-until-precise";
import {
  DEFAULT_SCHEDULE_SIMULATION,
  simulationInputOfSchedule,
  type ScheduleSimulationOptions,
} from "../domain/simulation/schedule-simulation-input";
import type { SimulationInput } from "../domain/simulation/simulation-input";
import type { ScheduleShift, ScheduleVersion } from "../domain/schedule/schedule";
import { notFound } from "../errors/app-errors";
import { presentScheduleSimulation } from "../presenters/simulation-presenter";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";

/** Builds the runner for one simulation input (the worker pool's in the app, this thread's in tests). */
export type ReplicationRunnerFactory = (input: SimulationInput) => ReplicationRunner;

/** What a version's shifts are, as a short fingerprint: its id and every shift's id and revision. */
function revisionOf(version: ScheduleVersion, shifts: ScheduleShift[]): string {
  const hash = createHash("sha256").update(version.id);
  for (const shift of [...shifts].sort((a, b) => a.id.localeCompare(b.id)))
    hash.update(`|${shift.id}:${shift.revision}`);
  return hash.digest("base64url").slice(0, 22);
}

/**
 * The simulated service level of a schedule version (api/domain/simulation): its shifts against the
 * forecast stored with the schedule, replicated until every queue day's service level has a 95 % CI
 * of ±1 point. Reports are kept per schedule revision (version and shift revisions), so reading the
 * same roster again costs no simulation, and an edited draft is simulated afresh.
 */
export function createSimulationService(
  persistence: Persistence,
  runnerFor: ReplicationRunnerFactory,
  precision: PrecisionOptions = DEFAULT_PRECISION,
  maxCached = 32,
) {
  const { repositories } = persistence;
  const cached = new Map<string, Promise<SimulationReport>>();

  function remember(key: string, compute: () => Promise<SimulationReport>): Promise<SimulationReport> {
    const existing = cached.get(key);
    if (existing) return existing;
    if (cached.size >= maxCached) cached.delete(cached.keys().next().value!);
    const running = compute();
    cached.set(key, running);
    running.catch(() => cached.delete(key));
    return running;
  }

  async function sourceOf(actor: Actor, scheduleId: string, selector: "latest" | "published" | number) {
    const schedule = await repositories.schedules.findById(actor.organisationId, scheduleId);
    if (!schedule) throw notFound("Schedule");
    const versions = await repositories.schedules.listVersions(schedule.id);
    const version =
      selector === "published"
        ? versions.find((item) => item.id === schedule.publishedVersionId)
        : selector === "latest"
          ? versions.at(-1)
          : versions.find((item) => item.number === selector);
    if (!version) throw notFound("Schedule version");
    const shifts = await repositories.schedules.listShifts(version.id);
    const queues = (await repositories.queues.list(actor.organisationId)).filter((queue) =>
      schedule.queueIds.includes(queue.id),
    );
    const agents = await repositories.agents.list(actor.organisationId, { currentOn: null });
    return {
      schedule,
      version,
      shifts,
      queues,
      queuePriorityByAgent: new Map(agents.map((agent) => [agent.id, agent.skillQueueIds])),
    };
  }

  return {
    /** The simulation of a version, presented (presenters/simulation-presenter.ts). */
    async simulate(
      actor: Actor,
      scheduleId: string,
      selector: "latest" | "published" | number,
      whatIf: Partial<Pick<ScheduleSimulationOptions, "volumeFactor" | "absentAgentIds">> = {},
    ) {
      const options: ScheduleSimulationOptions = { ...DEFAULT_SCHEDULE_SIMULATION, ...whatIf };
      const { schedule, version, shifts, queues, queuePriorityByAgent } = await sourceOf(actor, scheduleId, selector);
      const revision = revisionOf(version, shifts);
      // The queues' settings (patience, targets, concurrency) are part of what is simulated.
      const key = `${actor.organisationId}|${schedule.id}|${revision}|${JSON.stringify(queues)}|${JSON.stringify(options)}`;
      const report = await remember(key, () => {
        const input = simulationInputOfSchedule({ ...schedule, queues, shifts, queuePriorityByAgent }, options);
        return replicateUntilPrecise(input, runnerFor(input), precision);
      });
      return presentScheduleSimulation(
        { scheduleId: schedule.id, versionNumber: version.number, status: version.status, revision, ...report },
        options.routing,
      );
    },
  };
}

export type SimulationService = ReturnType<typeof createSimulationService>;
