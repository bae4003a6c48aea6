import { weekdayAndClockTime } from "../../../lib/zoned-time";
import type { CoverageEntry } from "./roster-view";

export interface CoveragePoint {
  intervalStartUtc: string;
  requiredAgents: number;
  scheduledAgents: number;
  shortAgents: number;
  /** Required-weighted mean of the queues' expected service level; null when no queue had one. */
  expectedServiceLevelFraction: number | null;
}

/** Coverage summed over the chosen queues per interval, in time order, within [fromMs, toMs). */
export function coverageByInterval(
  entries: CoverageEntry[],
  queueId: string,
  fromMs: number,
  toMs: number,
): CoveragePoint[] {
  const byStart = new Map<string, CoveragePoint & { serviceWeight: number; serviceSum: number }>();
  for (const entry of entries) {
    if (queueId && entry.queueId !== queueId) continue;
    const startMs = Date.parse(entry.intervalStartUtc);
    if (startMs < fromMs || startMs >= toMs) continue;
    const key = new Date(startMs).toISOString();
    const point = byStart.get(key) ?? {
      intervalStartUtc: key,
      requiredAgents: 0,
      scheduledAgents: 0,
      shortAgents: 0,
      expectedServiceLevelFraction: null,
      serviceWeight: 0,
      serviceSum: 0,
    };
    point.requiredAgents += entry.requiredAgents;
    point.scheduledAgents += entry.scheduledAgents;
    point.shortAgents += entry.shortAgents;
    if (entry.expectedServiceLevelFraction !== null && entry.requiredAgents > 0) {
      point.serviceWeight += entry.requiredAgents;
      point.serviceSum += entry.expectedServiceLevelFraction * entry.requiredAgents;
    }
    byStart.set(key, point);
  }
  return [...byStart.values()]
    .sort((a, b) => a.intervalStartUtc.localeCompare(b.intervalStartUtc))
    .map(({ serviceWeight, serviceSum, ...point }) => ({
      ...point,
      expectedServiceLevelFraction: serviceWeight > 0 ? serviceSum / serviceWeight : null,
    }));
}

export const weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Shortfall (agent-intervals short) per local weekday × local time of day in `timeZone`, over every entry given. */
export function shortfallHeatmap(
  entries: CoverageEntry[],
  queueId: string,
  timeZone: string,
): { times: string[]; cells: [number, number, number][]; maxShort: number } {
  const totals = new Map<string, number>();
  const times = new Set<string>();
  for (const entry of entries) {
    if (queueId && entry.queueId !== queueId) continue;
    const { isoWeekday, time } = weekdayAndClockTime(entry.intervalStartUtc, timeZone);
    times.add(time);
    const key = `${isoWeekday - 1}|${time}`;
    totals.set(key, (totals.get(key) ?? 0) + entry.shortAgents);
  }
  const sortedTimes = [...times].sort();
  const timeIndex = new Map(sortedTimes.map((time, index) => [time, index]));
  const cells: [number, number, number][] = [];
  let maxShort = 0;
  for (const [key, short] of totals) {
    const [weekday, time] = key.split("|");
    const rounded = Math.round(short * 10) / 10;
    maxShort = Math.max(maxShort, rounded);
    cells.push([timeIndex.get(time)!, Number(weekday), rounded]);
  }
  return { times: sortedTimes, cells, maxShort };
}
