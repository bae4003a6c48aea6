import type { DailyActual, IntervalActual } from "../actuals/interval-actual";
import type { QueueDraft } from "../organisation/queue";
import type { SeededRandom } from "../random/seeded-random";
import { localDateOf } from "../time/local-day";
import type { DemoHistoryInterval } from "./demo-history";

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Actuals for the demo's recent history, consistent with it: each interval's offered contacts are
 * its history volume, a few percent abandon (more when the interval is busier than the queue's
 * typical interval, as queues run hotter at peaks), the rest are handled near the queue's service
 * target, and AHT is the history's. Email queues, judged by a response window rather than an answer
 * threshold, report their own service level. Days get an FCR near 72 % and a CSAT near 4.3 of 5.
 */
export function generateDemoActuals(
  history: readonly DemoHistoryInterval[],
  queue: QueueDraft,
  random: SeededRandom,
): { intervals: IntervalActual[]; days: DailyActual[] } {
  const typicalVolume = history.reduce((total, row) => total + row.volume, 0) / Math.max(1, history.length);
  const target = queue.targetServiceLevel ?? queue.targetResponseFraction ?? 0.8;
  const intervals = history.map((row): IntervalActual => {
    const load = typicalVolume > 0 ? row.volume / typicalVolume : 1;
    const serviceLevel = clamp(target + 0.04 - 0.08 * (load - 1) + 0.06 * random.normal(), 0.3, 1);
    const abandonRate =
      queue.channel === "email" ? 0 : clamp(0.03 + 0.04 * (load - 1) + 0.015 * random.normal(), 0, 0.3);
    const abandoned = Math.round(row.volume * abandonRate);
    const handled = row.volume - abandoned;
    const hasThreshold = queue.targetAnswerSeconds !== null;
    return {
      intervalStart: row.intervalStart.toISOString(),
      offeredCount: row.volume,
      handledCount: handled,
      abandonedCount: abandoned,
      answeredWithinThresholdCount: hasThreshold ? Math.min(handled, Math.round(row.volume * serviceLevel)) : null,
      abandonedWithinThresholdCount: hasThreshold ? Math.round(abandoned * 0.4) : null,
      reportedServiceLevelFraction: hasThreshold ? null : serviceLevel,
      ahtSeconds: handled > 0 ? (row.ahtSeconds ?? queue.ahtSeconds) : null,
      asaSeconds:
        hasThreshold && handled > 0
          ? Math.max(0, (1 - serviceLevel) * queue.targetAnswerSeconds! * 3 + 2 * random.next())
          : null,
    };
  });
  const dates = [...new Set(history.map((row) => localDateOf(row.intervalStart.getTime(), queue.timeZone)))].sort();
  const days = dates.map((localDate) => ({
    localDate,
    fcrFraction: clamp(0.72 + 0.04 * random.normal(), 0, 1),
    csatScore: clamp(4.3 + 0.15 * random.normal(), 1, 5),
  }));
  return { intervals, days };
}
