import type { z } from "zod";
import type { Queue } from "../domain/organisation/queue";
import {
  assembleRosterProblem,
  intervalMinutesOf,
  scheduleRequirementsOf,
} from "../domain/roster/model/assemble-problem";
import type { RosterProblem } from "../domain/roster/model/problem";
import { intervalsWithoutForecastWarning, type ProblemWarning } from "../domain/roster/model/problem-warnings";
import type { ScheduleRequirement } from "../domain/schedule/schedule";
import { addDays } from "../domain/time/local-date";
import { localDateOf } from "../domain/time/local-day";
import type { solveOptions } from "../contracts/schedules";
import { notFound, validationFailed } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type { Actor } from "./actor";
import type { RequirementsService } from "./requirements-service";

export type SolveOptionsInput = z.output<typeof solveOptions>;

export interface PeriodSelection {
  periodStart: string;
  periodEnd: string;
  queueIds: string[];
}

/** The queues, in the order asked; an unknown id answers 404. */
export async function loadQueues(persistence: Persistence, actor: Actor, queueIds: string[]): Promise<Queue[]> {
  const queues = await Promise.all(
    queueIds.map((id) => persistence.repositories.queues.findById(actor.organisationId, id)),
  );
  return queues.map((queue) => {
    if (!queue) throw notFound("Queue");
    return queue;
  });
}

/**
 * Scheduled agents needed per queue interval over the period, from the stored forecast that covers
 * it (the newest of those; domain/forecast/choose-forecast.ts) through the staffing engine
 * (GET /api/queues/:id/requirements): the local dates that cover the period in the queue's zone, cut
 * to the period, split into the schedule's interval. When no forecast covers the whole period, the
 * newest covering part of it is used and a warning names the spans left without a requirement; a
 * queue with no forecast reaching into the period throws a validation error naming it.
 */
export async function forecastRequirementsOf(
  requirements: RequirementsService,
  actor: Actor,
  queue: Queue,
  selection: PeriodSelection,
  intervalMinutes: number,
  quantile: SolveOptionsInput["quantile"],
): Promise<{ requirements: ScheduleRequirement[]; warnings: ProblemWarning[] }> {
  const found = await requirementsFromForecast(
    requirements.staffForSolve,
    requirements,
    actor,
    queue,
    selection,
    intervalMinutes,
    quantile,
  );
  if (!found) {
    const period = `${new Date(Date.parse(selection.periodStart)).toISOString()} to ${new Date(Date.parse(selection.periodEnd)).toISOString()}`;
    throw validationFailed(
      [
        {
          path: "body.queueIds",
          message: `${queue.name} has no stored forecast for any interval from ${period}: forecast it first`,
        },
      ],
      "Cannot staff the period",
    );
  }
  return found;
}

/**
 * Like forecastRequirementsOf (its warnings included), but a queue without a forecast over the period
 * gives null (the schedule names it in queuesWithoutRequirements).
 */
export async function requirementsIfForecast(
  requirements: RequirementsService,
  actor: Actor,
  queue: Queue,
  selection: PeriodSelection,
  intervalMinutes: number,
): Promise<{ requirements: ScheduleRequirement[]; warnings: ProblemWarning[] } | null> {
  return requirementsFromForecast(
    requirements.staffForSolveIfCovered,
    requirements,
    actor,
    queue,
    selection,
    intervalMinutes,
    "expected",
  );
}

/** The requirements of forecastRequirementsOf through `staff`, or null when no forecast reaches into the period or `staff` finds none of its intervals. */
async function requirementsFromForecast(
  staff: RequirementsService["staffForSolveIfCovered"],
  requirements: RequirementsService,
  actor: Actor,
  queue: Queue,
  selection: PeriodSelection,
  intervalMinutes: number,
  quantile: SolveOptionsInput["quantile"],
): Promise<{ requirements: ScheduleRequirement[]; warnings: ProblemWarning[] } | null> {
  const [startMs, endMs] = [Date.parse(selection.periodStart), Date.parse(selection.periodEnd)];
  const chosen = await requirements.forecastFor(actor, queue.id, { startMs, endMs });
  if (!chosen) return null;
  const from = localDateOf(startMs, queue.timeZone);
  const to = addDays(localDateOf(endMs, queue.timeZone), 1);
  const result = await staff(actor, queue.id, { from, to, quantile, forecastId: chosen.forecastId });
  if (!result) return null;
  const needed = scheduleRequirementsOf(queue, result.intervals, intervalMinutes, { startMs, endMs });
  const warnings =
    chosen.uncovered.length === 0
      ? []
      : [intervalsWithoutForecastWarning(queue.name, chosen.uncovered, intervalMinutes)];
  return { requirements: needed, warnings };
}

/**
 * The organisation's roster problem for a period: current agents skilled for the queues (or the
 * chosen ones), their approved time off as hard unavailability, requirements from the stored
 * forecasts covering the period, the queues' priority weights and answer targets; and the warnings
 * of building it (spans without a forecast), also carried by the problem so that the solve job's
 * stored result lists them.
 */
export async function buildRosterProblem(
  persistence: Persistence,
  requirements: RequirementsService,
  actor: Actor,
  selection: PeriodSelection & { agentIds?: string[]; options: SolveOptionsInput },
): Promise<{
  problem: RosterProblem;
  queues: Queue[];
  requirements: ScheduleRequirement[];
  warnings: ProblemWarning[];
}> {
  const queues = await loadQueues(persistence, actor, selection.queueIds);
  const intervalMinutes = intervalMinutesOf(queues);
  const staffed = await Promise.all(
    queues.map((queue) =>
      forecastRequirementsOf(requirements, actor, queue, selection, intervalMinutes, selection.options.quantile),
    ),
  );
  const needed = staffed.flatMap((item) => item.requirements);
  const periodStartDate = selection.periodStart.slice(0, 10);
  const current = await persistence.repositories.agents.list(actor.organisationId, { currentOn: periodStartDate });
  const chosen = current.filter(
    (agent) =>
      (selection.agentIds ? selection.agentIds.includes(agent.id) : true) &&
      agent.skillQueueIds.some((id) => selection.queueIds.includes(id)),
  );
  if (selection.agentIds && chosen.length !== selection.agentIds.length) {
    throw validationFailed([
      { path: "body.agentIds", message: "every agent must be current and skilled for one of the queues" },
    ]);
  }
  const period = { startMs: Date.parse(selection.periodStart), endMs: Date.parse(selection.periodEnd) };
  const timeOff = await persistence.repositories.timeOff.listApprovedOverlapping(
    actor.organisationId,
    new Date(period.startMs),
    new Date(period.endMs),
  );
  const warnings = staffed.flatMap((item) => item.warnings);
  const problem = assembleRosterProblem({
    period,
    queues,
    requirements: needed,
    agents: chosen,
    approvedTimeOff: timeOff,
    rules: selection.options,
    warnings,
  });
  return { problem, queues, requirements: needed, warnings };
}
