import type { Agent } from "../domain/organisation/agent";
import type { PublishDiff, Schedule, ScheduleQueue, ScheduleShift, ScheduleVersion } from "../domain/schedule/schedule";
import type { CoverageEntry } from "../domain/schedule/coverage";
import { formatInstantInZone } from "../domain/time/format-instant";
import { notFound } from "../errors/app-errors";
import type { Actor } from "../services/actor";
import { canSeeAgent } from "../services/agent-scope";
import { writeCsv } from "../codecs/csv-output";
import { roundFraction, roundGap, roundNullable, roundQuantity } from "./output-rounding";
import { MS_PER_MINUTE } from "../domain/time/durations";

export const presentVersion = (version: ScheduleVersion, schedule: Pick<Schedule, "publishedVersionId">) => ({
  id: version.id,
  number: version.number,
  status: version.status,
  isCurrent: version.id === schedule.publishedVersionId,
  source: version.source,
  solveJobId: version.solveJobId,
  solveSummary: version.solveSummary && {
    ...version.solveSummary,
    objectiveTotal: roundQuantity(version.solveSummary.objectiveTotal),
    lowerBound: roundNullable(version.solveSummary.lowerBound, roundQuantity),
    absoluteGap: roundNullable(version.solveSummary.absoluteGap, roundQuantity),
    relativeGap: roundNullable(version.solveSummary.relativeGap, roundGap),
    solveSeconds: roundQuantity(version.solveSummary.solveSeconds),
  },
  createdBy: version.createdBy,
  createdAt: version.createdAt,
  publishedBy: version.publishedBy,
  publishedAt: version.publishedAt,
  diff: version.diff,
});

type PresentedVersion = ReturnType<typeof presentVersion>;

/** A publish difference narrowed to the agents the actor may see, its totals counted again over them. */
function narrowDiff(diff: PublishDiff, isVisible: (agentId: string) => boolean): PublishDiff {
  const agents = diff.agents.filter((agent) => isVisible(agent.agentId));
  const total = (count: (agent: PublishDiff["agents"][number]) => number) =>
    agents.reduce((sum, agent) => sum + count(agent), 0);
  return {
    previousVersionNumber: diff.previousVersionNumber,
    agents,
    addedCount: total((agent) => agent.added.length),
    removedCount: total((agent) => agent.removed.length),
    changedCount: total((agent) => agent.changed.length),
  };
}

/**
 * A schedule as a vendor manager may read it (README: their partner's agents' published shifts):
 * published versions only, each difference narrowed to their partner's agents, without the solves
 * and solve summaries that describe the whole roster. A schedule never published is not theirs to see.
 */
export function narrowScheduleForPartner<
  T extends {
    publishedVersionNumber: number | null;
    versions: PresentedVersion[];
    solves: unknown[];
    queuesWithoutRequirements: string[];
  },
>(actor: Actor, detail: T, agents: Map<string, Agent>): T {
  if (detail.publishedVersionNumber === null) throw notFound("Schedule");
  const isVisible = (agentId: string) => {
    const agent = agents.get(agentId);
    return agent !== undefined && canSeeAgent(actor, agent);
  };
  const versions = detail.versions
    .filter((version) => version.status === "published")
    .map((version) => ({
      ...version,
      solveJobId: null,
      solveSummary: null,
      diff: version.diff && narrowDiff(version.diff, isVisible),
    }));
  return { ...detail, versions, solves: [], queuesWithoutRequirements: [] };
}
/** Coverage per queue interval with agents to 2 decimals (a blended shift is split in fractions) and service levels to 4. */
export const presentCoverage = (entries: CoverageEntry[]) =>
  entries.map((entry) => ({
    ...entry,
    requiredAgents: roundQuantity(entry.requiredAgents),
    scheduledAgents: roundQuantity(entry.scheduledAgents),
    shortAgents: roundQuantity(entry.shortAgents),
    expectedServiceLevelFraction: roundNullable(entry.expectedServiceLevelFraction, roundFraction),
  }));

/** A stored shift with who works it, for the planner's views. */
export const shiftPresenter = (agents: Map<string, Agent>) => (shift: ScheduleShift) => {
  const agent = agents.get(shift.agentId);
  return {
    id: shift.id,
    shiftKey: shift.shiftKey,
    agentId: shift.agentId,
    agentName: agent?.name ?? "",
    agentTimeZone: agent?.timeZone ?? "UTC",
    vendor: agent?.vendor ?? null,
    queueIds: shift.queueIds,
    startUtc: shift.startUtc,
    endUtc: shift.endUtc,
    breaks: shift.breaks,
    sequence: shift.sequence,
    revision: shift.revision,
  };
};

export type ShiftPresenter = ReturnType<typeof shiftPresenter>;

const csvColumns = [
  "agent_name",
  "agent_email",
  "vendor",
  "agent_time_zone",
  "queues",
  "start_utc",
  "end_utc",
  "start_local",
  "end_local",
  "length_minutes",
  "breaks",
];

/** A version's shifts as CSV: instants in UTC and in the agent's zone; queues and breaks separated by `;`. */
export function versionsCsv(shifts: ScheduleShift[], agents: Map<string, Agent>, queues: ScheduleQueue[]): string {
  const queueName = new Map(queues.map((queue) => [queue.id, queue.name]));
  const rows = shifts.map((shift) => {
    const agent = agents.get(shift.agentId);
    const zone = agent?.timeZone ?? "UTC";
    const local = (iso: string) => formatInstantInZone(Date.parse(iso), zone);
    return [
      agent?.name ?? "",
      agent?.email ?? "",
      agent?.vendor ?? "",
      zone,
      shift.queueIds.map((id) => queueName.get(id) ?? id).join(";"),
      shift.startUtc,
      shift.endUtc,
      local(shift.startUtc),
      local(shift.endUtc),
      (Date.parse(shift.endUtc) - Date.parse(shift.startUtc)) / MS_PER_MINUTE,
      shift.breaks.map((item) => `${item.kind} ${local(item.startUtc)}/${local(item.endUtc)}`).join(";"),
    ];
  });
  return writeCsv(csvColumns, rows);
}
