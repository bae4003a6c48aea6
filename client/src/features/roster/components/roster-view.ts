import type { z } from "zod";
import type { AgentDto } from "../../../../../api/contracts/agents";
import type { coverageEntry, scheduleShift } from "../../../../../api/contracts/schedules";

export type RosterShift = z.infer<typeof scheduleShift>;
export type CoverageEntry = z.infer<typeof coverageEntry>;

export interface RosterFilters {
  queueId: string;
  team: string;
  vendor: string;
  agentTimeZone: string;
  cohort: string;
}
export const noFilters: RosterFilters = { queueId: "", team: "", vendor: "", agentTimeZone: "", cohort: "" };
export const inHouse = "In-house";

/** The agent facts the filters use, joined by agent id (a vendor of null is in-house). */
export interface AgentFacts {
  team: string;
  cohort: string;
  vendor: string;
  timeZone: string;
  skillQueueIds: string[];
}

export function agentFactsById(agents: AgentDto[]): Map<string, AgentFacts> {
  return new Map(
    agents.map((agent) => [
      agent.id,
      {
        team: agent.team,
        cohort: agent.attritionCohort,
        vendor: agent.vendor ?? inHouse,
        timeZone: agent.timeZone,
        skillQueueIds: agent.skillQueueIds,
      },
    ]),
  );
}

/** Shifts that pass every chosen filter; an agent unknown to the list (a former agent) passes the team and cohort filters only when they are unset. */
export function filterShifts(
  shifts: RosterShift[],
  filters: RosterFilters,
  facts: Map<string, AgentFacts>,
): RosterShift[] {
  return shifts.filter((shift) => {
    const agent = facts.get(shift.agentId);
    if (filters.queueId && !shift.queueIds.includes(filters.queueId)) return false;
    if (filters.vendor && (shift.vendor ?? inHouse) !== filters.vendor) return false;
    if (filters.agentTimeZone && shift.agentTimeZone !== filters.agentTimeZone) return false;
    if (filters.team && agent?.team !== filters.team) return false;
    if (filters.cohort && agent?.cohort !== filters.cohort) return false;
    return true;
  });
}

/** Distinct sorted values for a filter's options. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

/** Colour-blind-safe palette (Okabe & Ito, "Color Universal Design", 2002), darkened for white text. */
const palette = ["#0060a8", "#b35900", "#007a5e", "#a3327a", "#5a4fcf", "#8a6d00", "#c0392b", "#2c6e7f"];

export type ColourBy = "queue" | "vendor";

/** A stable colour per key, in the order the keys are listed. */
export function colourMap(keys: string[]): Map<string, string> {
  return new Map(keys.map((key, index) => [key, palette[index % palette.length]]));
}

export function colourKeyOf(shift: RosterShift, colourBy: ColourBy): string {
  return colourBy === "queue"
    ? shift.queueIds.length > 1
      ? "Blended"
      : (shift.queueIds[0] ?? "")
    : (shift.vendor ?? inHouse);
}
