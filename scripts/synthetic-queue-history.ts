import type { IntervalObservation } from "../api/domain/forecast/interval-observation";
import { wallClockSlotOf } from "../api/domain/time/bucket";
import { addDays, isoWeekday } from "../api/domain/time/local-date";
import { localDayIntervalStarts } from "../api/domain/time/local-day";
import { mulberry32 } from "../api/domain/random/seeded-random";

export interface SyntheticQueueOptions {
  seed: number;
  days: number;
  weekdaysOnly: boolean;
  openHour: number;
  closeHour: number;
  baseCallsPerHour: number;
}

/** Poisson draw: Knuth's product method for small rates, a rounded normal beyond 30. */
function poisson(rate: number, random: () => number): number {
  if (rate > 30)
    return Math.max(
      0,
      Math.round(
        rate + Math.sqrt(rate) * Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random()),
      ),
    );
  const limit = Math.exp(-rate);
  let product = random();
  let count = 0;
  while (product > limit) [product, count] = [product * random(), count + 1];
  return count;
}

/**
 * Hourly history in America/Chicago-like wall-clock time with a midday peak, weekday levels, a
 * yearly swing of ±15 % and Poisson noise: a stand-in for a queue in speed benchmarks.
 */
export function syntheticQueueHistory(
  options: SyntheticQueueOptions,
  zoneName = "America/Chicago",
): IntervalObservation[] {
  const random = mulberry32(options.seed);
  const rows: IntervalObservation[] = [];
  for (let day = 0; day < options.days; day += 1) {
    const date = addDays("2024-01-01", day);
    const weekday = isoWeekday(date);
    if (options.weekdaysOnly && weekday > 5) continue;
    const dayLevel = (1 + 0.15 * Math.sin((2 * Math.PI * day) / 365)) * (weekday === 1 ? 1.2 : weekday >= 6 ? 0.6 : 1);
    for (const start of localDayIntervalStarts(date, zoneName, 60)) {
      const hour = wallClockSlotOf(start, zoneName, 60);
      if (hour < options.openHour || hour >= options.closeHour) continue;
      const shape =
        0.5 + Math.sin((Math.PI * (hour - options.openHour + 0.5)) / (options.closeHour - options.openHour));
      rows.push({
        intervalStartUtcMs: start,
        count: poisson(options.baseCallsPerHour * dayLevel * shape, random),
        ahtSeconds: 240 + 60 * random(),
      });
    }
  }
  return rows;
}
