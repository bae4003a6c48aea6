import { toHourlyObservations } from "../domain/capacity/hourly-observations";
import { weeklyDemandOf, type QueueHistory, type WeeklyDemand } from "../domain/capacity/weekly-demand";
import type { WeeklyHorizon } from "../domain/capacity/weekly-horizon";
import type { Queue } from "../domain/organisation/queue";
import { MS_PER_DAY } from "../domain/time/durations";
import type { HistoryRepository } from "../persistence/repositories/history-repository";

/** Two years of history: the annual method needs a year and eight weeks, more only slows it. */
const HISTORY_DAYS = 730;

/**
 * Weekly demand for a plan from the queues' stored history before the plan start (weekly-demand.ts
 * says how): loads each queue's last HISTORY_DAYS of rows, sums them into local hours and hands
 * them to the capacity domain.
 */
export async function forecastWeeklyDemand(
  history: HistoryRepository,
  queues: Queue[],
  horizon: WeeklyHorizon,
): Promise<WeeklyDemand> {
  const planStartMs = Date.parse(horizon.weeks[0].startsAtUtc);
  const histories: QueueHistory[] = [];
  for (const queue of queues) {
    const rows = await history.aggregate(
      queue.id,
      queue.timeZone,
      "interval",
      new Date(planStartMs - HISTORY_DAYS * MS_PER_DAY),
      new Date(planStartMs),
    );
    const hourly = toHourlyObservations(
      rows.map((row) => ({ periodStartMs: row.periodStart.getTime(), volume: row.volume, ahtSeconds: row.ahtSeconds })),
      queue.timeZone,
    );
    histories.push({ queue, history: hourly });
  }
  return weeklyDemandOf(histories, horizon);
}
