import type { IntervalActual } from "../domain/actuals/interval-actual";
import { aggregateKpis, type KpiGranularity, type PeriodKpis } from "../domain/kpi/aggregate-kpis";
import type { IntervalKpiInput } from "../domain/kpi/interval-kpi-input";
import { DEFAULT_ABANDON_RULE, type ServiceLevelAbandonRule } from "../domain/kpi/service-level-rule";
import type { Queue } from "../domain/organisation/queue";
import { erlangCServiceLevel } from "../domain/roster/model/erlang-service-level";
import { coverageOf } from "../domain/schedule/coverage";
import { requirementsQueueOf } from "../domain/staffing/requirements-queue";
import { localDayInterval } from "../domain/time/local-day";
import { forbidden } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import { roundFraction, roundNullable, roundQuantity } from "../presenters/output-rounding";
import type { Actor } from "./actor";
import { writeCsv } from "../codecs/csv-output";
import type { QueueService } from "./queue-service";
import type { RequirementsService } from "./requirements-service";
import { computeRequirementsOffThread } from "./staffing-service";

export interface KpiQuery {
  from: string;
  to: string;
  granularity: KpiGranularity;
}

const keyOf = (instantMs: number) => String(instantMs);

/**
 * Planned vs actual for a queue (issue 18): the stored forecast and its Erlang requirement, the
 * requirement of the actual load through the same staffing engine, the published rosters'
 * on-phone agents (attributed as the Roster page's coverage does), and the imported actuals,
 * aggregated by api/domain/kpi. Directors and planners see every queue; a vendor manager only a
 * queue one of their partner's agents is skilled for.
 */
export function createKpiService(persistence: Persistence, queues: QueueService, requirements: RequirementsService) {
  const { actuals, schedules } = persistence.repositories;

  async function queueFor(actor: Actor, queueId: string): Promise<Queue> {
    const queue = await queues.get(actor, queueId);
    if (
      actor.kind === "user" &&
      actor.role === "vendor_manager" &&
      !(actor.vendor !== null && (await actuals.isPartnerQueue(queue.id, actor.vendor)))
    )
      throw forbidden();
    return queue;
  }

  /** Required agents and forecast volume per interval from the stored forecast covering the range; empty when none covers it. */
  async function forecastRequirements(
    actor: Actor,
    queue: Queue,
    query: KpiQuery,
  ): Promise<Map<string, { volume: number; agents: number }>> {
    const span = {
      startMs: localDayInterval(query.from, queue.timeZone).startUtcMs,
      endMs: localDayInterval(query.to, queue.timeZone).startUtcMs,
    };
    const chosen = await requirements.forecastFor(actor, queue.id, span);
    if (!chosen) return new Map();
    const staffed = await requirements.staffForSolveIfCovered(actor, queue.id, {
      from: query.from,
      to: query.to,
      quantile: "expected",
      forecastId: chosen.forecastId,
    });
    if (!staffed) return new Map();
    return new Map(
      staffed.intervals.map((interval) => [
        keyOf(interval.startUtcMs),
        { volume: interval.volume, agents: interval.agents },
      ]),
    );
  }

  async function actualRequirements(queue: Queue, stored: IntervalActual[]): Promise<Map<string, number>> {
    const model = queue.patienceSeconds !== null ? "erlang-a" : "erlang-c";
    const series = stored.map((interval) => ({
      startUtcMs: Date.parse(interval.intervalStart),
      volume: interval.offeredCount,
      ahtSeconds: interval.ahtSeconds ?? queue.ahtSeconds,
    }));
    const required = await computeRequirementsOffThread(
      requirementsQueueOf({ ...queue, model }),
      series,
      queue.intervalMinutes * 60,
    );
    return new Map(required.map((requirement) => [keyOf(requirement.startUtcMs), requirement.agents]));
  }

  async function scheduledAgents(actor: Actor, queue: Queue, from: Date, to: Date): Promise<Map<string, number>> {
    const shifts = await actuals.publishedShiftsServing(actor.organisationId, queue.id, from, to);
    const scheduled = new Map<string, number>();
    for (const scheduleId of new Set(shifts.map((shift) => shift.scheduleId))) {
      const schedule = await schedules.findById(actor.organisationId, scheduleId);
      if (!schedule) continue;
      const entries = coverageOf(
        schedule.requirements,
        schedule.queues,
        schedule.intervalMinutes,
        shifts.filter((shift) => shift.scheduleId === scheduleId),
        erlangCServiceLevel,
      );
      for (const entry of entries) {
        if (entry.queueId !== queue.id) continue;
        const key = keyOf(Date.parse(entry.intervalStartUtc));
        scheduled.set(key, (scheduled.get(key) ?? 0) + entry.scheduledAgents);
      }
    }
    return scheduled;
  }

  async function compute(actor: Actor, queueId: string, query: KpiQuery) {
    const queue = await queueFor(actor, queueId);
    const from = new Date(localDayInterval(query.from, queue.timeZone).startUtcMs);
    const to = new Date(localDayInterval(query.to, queue.timeZone).startUtcMs);
    const stored = await actuals.intervalsBetween(queue.id, from, to);
    const [forecast, fromActual, scheduled, days, rule] = await Promise.all([
      forecastRequirements(actor, queue, query),
      actualRequirements(queue, stored),
      scheduledAgents(actor, queue, from, to),
      actuals.daysBetween(queue.id, query.from, query.to),
      actuals.abandonRuleOf(queue.id),
    ]);
    const actualByKey = new Map(stored.map((interval) => [keyOf(Date.parse(interval.intervalStart)), interval]));
    const keys = [...new Set([...forecast.keys(), ...actualByKey.keys(), ...scheduled.keys()])].filter(
      (key) => Number(key) >= from.getTime() && Number(key) < to.getTime(),
    );
    const inputs: IntervalKpiInput[] = keys.map((key) => ({
      intervalStartUtcMs: Number(key),
      forecastVolume: forecast.get(key)?.volume ?? null,
      requiredAgents: forecast.get(key)?.agents ?? null,
      requiredFromActualAgents: fromActual.get(key) ?? null,
      scheduledAgents: scheduled.get(key) ?? 0,
      presentAgents: scheduled.get(key) ?? 0,
      actual: actualByKey.get(key) ?? null,
    }));
    const abandonRule: ServiceLevelAbandonRule = rule ?? DEFAULT_ABANDON_RULE;
    const periods = aggregateKpis(
      inputs,
      days,
      queue.timeZone,
      queue.intervalMinutes,
      query.granularity,
      abandonRule,
    ).map((period) => presentPeriod(period, queue));
    return {
      queueId: queue.id,
      timeZone: queue.timeZone,
      intervalMinutes: queue.intervalMinutes,
      granularity: query.granularity,
      serviceLevelAbandonRule: abandonRule,
      periods,
    };
  }

  return {
    compute,
    async exportCsv(actor: Actor, queueId: string, query: KpiQuery): Promise<string> {
      const { periods } = await compute(actor, queueId, query);
      return kpiCsv(periods);
    },
    async settings(actor: Actor, queueId: string) {
      const queue = await queues.get(actor, queueId);
      return { serviceLevelAbandonRule: (await actuals.abandonRuleOf(queue.id)) ?? DEFAULT_ABANDON_RULE };
    },
    async setSettings(actor: Actor, queueId: string, settings: { serviceLevelAbandonRule: ServiceLevelAbandonRule }) {
      const queue = await queues.get(actor, queueId);
      await actuals.setAbandonRule(queue.id, settings.serviceLevelAbandonRule);
      return settings;
    },
  };
}

function presentPeriod(period: PeriodKpis, queue: Queue) {
  const quantity = (value: number | null) => roundNullable(value, roundQuantity);
  const fraction = (value: number | null) => roundNullable(value, roundFraction);
  return {
    periodStart: new Date(period.periodStartUtcMs).toISOString(),
    localDate: period.localDate,
    forecastVolume: quantity(period.forecastVolume),
    actualVolume: quantity(period.actualVolume),
    wmapeFraction: fraction(period.wmapeFraction),
    biasFraction: fraction(period.biasFraction),
    requiredAgentHours: roundQuantity(period.requiredAgentHours),
    requiredFromActualAgentHours: roundQuantity(period.requiredFromActualAgentHours),
    scheduledAgentHours: roundQuantity(period.scheduledAgentHours),
    presentAgentHours: roundQuantity(period.presentAgentHours),
    serviceLevelFraction: fraction(period.serviceLevelFraction),
    targetServiceLevelFraction: queue.targetServiceLevel,
    asaSeconds: quantity(period.asaSeconds),
    ahtSeconds: quantity(period.ahtSeconds),
    abandonFraction: fraction(period.abandonFraction),
    occupancyFraction: fraction(period.occupancyFraction),
    fcrFraction: fraction(period.fcrFraction),
    csatScore: quantity(period.csatScore),
  };
}

export const KPI_CSV_HEADER = [
  "period_start",
  "local_date",
  "forecast_volume",
  "actual_volume",
  "wmape",
  "bias",
  "required_agent_hours",
  "required_from_actual_agent_hours",
  "scheduled_agent_hours",
  "present_agent_hours",
  "service_level",
  "target_service_level",
  "asa_seconds",
  "aht_seconds",
  "abandon_rate",
  "occupancy",
  "fcr",
  "csat",
] as const;

/** One row per period in the contract's field order; an unknown value is an empty cell. */
function kpiCsv(periods: ReturnType<typeof presentPeriod>[]): string {
  return writeCsv(
    KPI_CSV_HEADER,
    periods.map((period) => Object.values(period).map((value) => value ?? "")),
  );
}
