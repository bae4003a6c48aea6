import type { DailyActual } from "../actuals/interval-actual";
import { accumulateErrors, biasFraction, emptyErrorSums, wmapeFraction } from "../forecast/accuracy";
import { localDateOf } from "../time/local-day";
import { addDays, isoWeekday } from "../time/local-date";
import type { IntervalKpiInput } from "./interval-kpi-input";
import { achievedServiceLevel, type ServiceLevelAbandonRule, type ServiceLevelCounts } from "./service-level-rule";

export type KpiGranularity = "interval" | "day" | "week";

/** KPIs of one interval, local day or ISO week (Monday) in the queue's zone. Agent figures are agent-hours. */
export interface PeriodKpis {
  periodStartUtcMs: number;
  localDate: string;
  forecastVolume: number | null;
  actualVolume: number | null;
  /** Σ|actual − forecast| ÷ Σ actual over the period's intervals that have both. */
  wmapeFraction: number | null;
  /** Σ(forecast − actual) ÷ Σ actual: positive is over-forecast. */
  biasFraction: number | null;
  requiredAgentHours: number;
  requiredFromActualAgentHours: number;
  scheduledAgentHours: number;
  presentAgentHours: number;
  serviceLevelFraction: number | null;
  asaSeconds: number | null;
  ahtSeconds: number | null;
  abandonFraction: number | null;
  /** Handled × AHT ÷ present agent time; null without present agents or without AHT. */
  occupancyFraction: number | null;
  fcrFraction: number | null;
  csatScore: number | null;
}

const weekStartOf = (localDate: string) => addDays(localDate, 1 - isoWeekday(localDate));

function periodDateOf(startUtcMs: number, zoneName: string, granularity: KpiGranularity): string {
  const date = localDateOf(startUtcMs, zoneName);
  return granularity === "week" ? weekStartOf(date) : date;
}

/**
 * Sums interval inputs into periods. Service level from the answered-within counts under the
 * queue's abandon rule; where a source gave only its own service level, that level weighted by
 * offered contacts. AHT and ASA are means weighted by handled contacts. FCR and CSAT are the
 * period's days' values weighted by handled contacts (a day without handled contacts weighs 1).
 */
export function aggregateKpis(
  inputs: readonly IntervalKpiInput[],
  days: readonly DailyActual[],
  zoneName: string,
  intervalMinutes: number,
  granularity: KpiGranularity,
  rule: ServiceLevelAbandonRule,
): PeriodKpis[] {
  const groups = new Map<string, IntervalKpiInput[]>();
  for (const input of inputs) {
    const key =
      granularity === "interval"
        ? String(input.intervalStartUtcMs)
        : periodDateOf(input.intervalStartUtcMs, zoneName, granularity);
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  return [...groups.values()]
    .map((group) => periodKpis(group, days, zoneName, intervalMinutes, granularity, rule))
    .sort((a, b) => a.periodStartUtcMs - b.periodStartUtcMs);
}

function periodKpis(
  group: IntervalKpiInput[],
  days: readonly DailyActual[],
  zoneName: string,
  intervalMinutes: number,
  granularity: KpiGranularity,
  rule: ServiceLevelAbandonRule,
): PeriodKpis {
  const hours = intervalMinutes / 60;
  const sum = (pick: (input: IntervalKpiInput) => number | null) =>
    group.reduce((total, input) => total + (pick(input) ?? 0), 0);
  const withActual = group.filter((input) => input.actual !== null);
  const counts: ServiceLevelCounts = {
    offeredCount: sum((input) => input.actual?.offeredCount ?? null),
    handledCount: sum((input) => input.actual?.handledCount ?? null),
    abandonedCount: sum((input) => input.actual?.abandonedCount ?? null),
    answeredWithinThresholdCount: sum((input) => input.actual?.answeredWithinThresholdCount ?? null),
    abandonedWithinThresholdCount: sum((input) => input.actual?.abandonedWithinThresholdCount ?? null),
  };
  const errors = emptyErrorSums();
  const paired = group.filter((input) => input.actual !== null && input.forecastVolume !== null);
  accumulateErrors(
    errors,
    paired.map((input) => input.actual!.offeredCount),
    paired.map((input) => input.forecastVolume!),
  );
  const weightedMean = (pick: (input: IntervalKpiInput) => number | null) => {
    const timed = withActual.filter((input) => pick(input) !== null && input.actual!.handledCount > 0);
    const weight = timed.reduce((total, input) => total + input.actual!.handledCount, 0);
    return weight > 0
      ? timed.reduce((total, input) => total + pick(input)! * input.actual!.handledCount, 0) / weight
      : null;
  };
  const ahtSeconds = weightedMean((input) => input.actual!.ahtSeconds);
  const presentAgentHours = sum((input) => input.presentAgents) * hours;
  const periodStartUtcMs = group[0]!.intervalStartUtcMs;
  const localDate = periodDateOf(periodStartUtcMs, zoneName, granularity);
  const dayOutcomes = dayOutcomesOf(days, group, zoneName, granularity === "interval" ? "day" : granularity, localDate);
  return {
    periodStartUtcMs,
    localDate,
    forecastVolume: group.some((input) => input.forecastVolume !== null) ? sum((input) => input.forecastVolume) : null,
    actualVolume: withActual.length > 0 ? counts.offeredCount : null,
    wmapeFraction: paired.length > 0 && errors.actualSum > 0 ? wmapeFraction(errors) : null,
    biasFraction: paired.length > 0 && errors.actualSum > 0 ? biasFraction(errors) : null,
    requiredAgentHours: sum((input) => input.requiredAgents) * hours,
    requiredFromActualAgentHours: sum((input) => input.requiredFromActualAgents) * hours,
    scheduledAgentHours: sum((input) => input.scheduledAgents) * hours,
    presentAgentHours,
    serviceLevelFraction: serviceLevelOf(withActual, counts, rule),
    asaSeconds: weightedMean((input) => input.actual!.asaSeconds),
    ahtSeconds,
    abandonFraction: counts.offeredCount > 0 ? counts.abandonedCount / counts.offeredCount : null,
    occupancyFraction:
      presentAgentHours > 0 && ahtSeconds !== null
        ? (counts.handledCount * ahtSeconds) / (presentAgentHours * 3600)
        : null,
    ...dayOutcomes,
  };
}

/** Answered-within counts where every interval has them; else the sources' own service levels weighted by offered contacts. */
function serviceLevelOf(
  withActual: IntervalKpiInput[],
  counts: ServiceLevelCounts,
  rule: ServiceLevelAbandonRule,
): number | null {
  if (withActual.length === 0) return null;
  if (withActual.every((input) => input.actual!.answeredWithinThresholdCount !== null))
    return achievedServiceLevel(counts, rule);
  const reported = withActual.filter((input) => input.actual!.reportedServiceLevelFraction !== null);
  const weight = reported.reduce((total, input) => total + input.actual!.offeredCount, 0);
  return weight > 0
    ? reported.reduce(
        (total, input) => total + input.actual!.reportedServiceLevelFraction! * input.actual!.offeredCount,
        0,
      ) / weight
    : null;
}

function dayOutcomesOf(
  days: readonly DailyActual[],
  group: IntervalKpiInput[],
  zoneName: string,
  granularity: "day" | "week",
  periodDate: string,
): { fcrFraction: number | null; csatScore: number | null } {
  const inPeriod = days.filter((day) =>
    granularity === "week" ? weekStartOf(day.localDate) === periodDate : day.localDate === periodDate,
  );
  const handledOn = (localDate: string) =>
    group
      .filter((input) => localDateOf(input.intervalStartUtcMs, zoneName) === localDate)
      .reduce((total, input) => total + (input.actual?.handledCount ?? 0), 0) || 1;
  const mean = (pick: (day: DailyActual) => number | null) => {
    const known = inPeriod.filter((day) => pick(day) !== null);
    const weight = known.reduce((total, day) => total + handledOn(day.localDate), 0);
    return weight > 0 ? known.reduce((total, day) => total + pick(day)! * handledOn(day.localDate), 0) / weight : null;
  };
  return { fcrFraction: mean((day) => day.fcrFraction), csatScore: mean((day) => day.csatScore) };
}
