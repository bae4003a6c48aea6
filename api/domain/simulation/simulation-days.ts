import { localDateOf, localDayInterval } from "../time/local-day";

/** A queue's local day as a run of grid intervals [fromInterval, toInterval). */
export interface QueueDay {
  localDate: string;
  fromInterval: number;
  toInterval: number;
  /** Whether the whole local day lies inside the period (a period in another zone cuts its first and last days). */
  isWholeDay: boolean;
}

/** The grid's intervals grouped by the local date of their start in `timeZone` (23- and 25-hour days hold 46 and 50 half hours). */
export function queueDays(
  periodStartUtcMs: number,
  intervalSeconds: number,
  intervalCount: number,
  timeZone: string,
): QueueDay[] {
  const periodEndUtcMs = periodStartUtcMs + intervalCount * intervalSeconds * 1000;
  const days: QueueDay[] = [];
  for (let interval = 0; interval < intervalCount; interval++) {
    const localDate = localDateOf(periodStartUtcMs + interval * intervalSeconds * 1000, timeZone);
    const last = days[days.length - 1];
    if (last && last.localDate === localDate) {
      last.toInterval = interval + 1;
      continue;
    }
    const span = localDayInterval(localDate, timeZone);
    days.push({
      localDate,
      fromInterval: interval,
      toInterval: interval + 1,
      isWholeDay: span.startUtcMs >= periodStartUtcMs && span.endUtcMs <= periodEndUtcMs,
    });
  }
  return days;
}
