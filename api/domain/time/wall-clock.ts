import { MS_PER_DAY, MS_PER_MINUTE } from "./durations";
import { zoneOffsetMinutesAt } from "./zone";

/**
 * How a wall-clock time was turned into an instant. The rule is Temporal's "compatible"
 * disambiguation (TC39 Temporal, ZonedDateTime §disambiguation; the same as RFC 5545 §3.3.5 and
 * java.time's ZonedDateTime.ofLocal):
 * - "nonexistent": the time falls in a spring-forward gap; it is read with the offset in force
 *   before the gap, which moves it forward by the gap (02:30 on a 1-hour gap becomes 03:30).
 * - "ambiguous": the time occurs twice in a fall-back overlap; the earlier occurrence is taken.
 */
export type WallClockResolution = "exact" | "nonexistent" | "ambiguous";

export interface ResolvedWallClock {
  instantUtcMs: number;
  resolution: WallClockResolution;
}

/**
 * Resolves wall-clock time given as "local ms" (the wall-clock fields encoded as if UTC, e.g.
 * Date.UTC(2026, 2, 8, 2, 30)) in an IANA zone. Assumes at most one offset change within a day of
 * the time, which holds for every zone in the tz database.
 */
export function resolveWallClock(localMs: number, zoneName: string): ResolvedWallClock {
  const offsetBeforeMinutes = zoneOffsetMinutesAt(localMs - MS_PER_DAY, zoneName);
  const offsetAfterMinutes = zoneOffsetMinutesAt(localMs + MS_PER_DAY, zoneName);
  const candidates: number[] = [];
  for (const offsetMinutes of new Set([offsetBeforeMinutes, offsetAfterMinutes])) {
    const instantUtcMs = localMs - offsetMinutes * MS_PER_MINUTE;
    if (zoneOffsetMinutesAt(instantUtcMs, zoneName) === offsetMinutes) candidates.push(instantUtcMs);
  }
  candidates.sort((a, b) => a - b);
  if (candidates.length === 1) return { instantUtcMs: candidates[0], resolution: "exact" };
  if (candidates.length === 2) return { instantUtcMs: candidates[0], resolution: "ambiguous" };
  return { instantUtcMs: localMs - offsetBeforeMinutes * MS_PER_MINUTE, resolution: "nonexistent" };
}

/**
 * The instant of a wall-clock time `minuteOfDay` minutes after local midnight of an epoch day
 * (minuteOfDay may pass 1440 to mean the next days), by the rule above: a time in a spring-forward
 * gap moves forward by the gap, a fall-back time that occurs twice is its earlier occurrence.
 */
export function wallClockInstantMs(epochDay: number, minuteOfDay: number, zoneName: string): number {
  return resolveWallClock(epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE, zoneName).instantUtcMs;
}

/** Like wallClockInstantMs, but null for a wall-clock time that does not exist (a spring-forward gap). */
export function existingWallClockInstantMs(epochDay: number, minuteOfDay: number, zoneName: string): number | null {
  const resolved = resolveWallClock(epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE, zoneName);
  return resolved.resolution === "nonexistent" ? null : resolved.instantUtcMs;
}
