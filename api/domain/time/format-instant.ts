import { toLocalMs, zoneOffsetMinutesAt } from "./zone";

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** ISO 8601 with the zone's offset at that instant, to the second: "2026-03-08T03:00:00-04:00". */
export function formatInstantInZone(instantUtcMs: number, zoneName: string): string {
  const offsetMinutes = zoneOffsetMinutesAt(instantUtcMs, zoneName);
  const local = new Date(toLocalMs(instantUtcMs, zoneName)).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** ISO 8601 in UTC, to the second: "2026-03-08T07:00:00Z" (the storage and JSON form). */
export function formatInstantUtc(instantUtcMs: number): string {
  return `${new Date(instantUtcMs).toISOString().slice(0, 19)}Z`;
}
