import { describe, expect, it } from "vitest";
import { describeShift, generateCandidates } from "../../../api/domain/roster/model/candidates";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import type { RosterProblem } from "../../../api/domain/roster/model/problem";
import type { BaselineShift, RepairSettings } from "../../../api/domain/roster/model/repair-problem";
import type { RepairResult } from "../../../api/domain/roster/model/repair-result";
import { syntheticRosterWeek } from "../../../api/domain/roster/model/synthetic-week";
import { keepsEveryHardRule } from "../../../api/domain/roster/rules/hard-rule-check";
import { overlapsTimeOff } from "../../../api/domain/roster/rules/time-off";
import { repairRoster } from "../../../api/domain/roster/strategies/repair-roster";
import { RosterSearch } from "../../../api/domain/roster/strategies/best-response";
import { agentClassesOf } from "../../../api/domain/roster/model/agent-classes";
import { localEpochDayOf } from "../../../api/domain/time/local-day";
import { createHighsSolver } from "../../../api/solvers/highs-solver";
import { flatRequirements, microAgent, microProblem } from "./micro-problem";

const solver = createHighsSolver();
const settings = (overrides: Partial<RepairSettings> = {}): RepairSettings => ({
  cutoffUtc: "2026-03-10T00:00:00Z",
  noticeWindowDays: 14,
  predictabilityPremiumAgentMinutes: 60,
  stabilityWeightAgentMinutes: 5,
  isEmergency: false,
  ...overrides,
});

function repair(
  problem: RosterProblem,
  baseline: BaselineShift[],
  repairSettings: RepairSettings,
  timeLimitSeconds = 3,
): Promise<RepairResult> {
  return repairRoster(
    { problem, baseline, settings: repairSettings },
    { timeLimitSeconds, fromScratchTimeLimitSeconds: 1, seed: 7 },
    { solver, clockMs: () => performance.now() },
  );
}

/** The same hard-rule check a solve's search applies to every agent's week, plus the filters candidates pass (time off). */
function breaksHardRule(problem: RosterProblem, result: RepairResult): string[] {
  const prepared = prepareProblem(problem);
  return problem.agents.flatMap((agent, agentIndex) => {
    const shifts = result.solution.shifts
      .filter((shift) => shift.agentId === agent.id)
      .map((shift) =>
        describeShift(
          prepared,
          agentIndex,
          localEpochDayOf(Date.parse(shift.startUtc), agent.timeZone),
          Date.parse(shift.startUtc),
          shift.lengthMinutes,
        ),
      );
    const isTimeOffKept = shifts.every(
      (shift) =>
        shift.startMs < Date.parse(result.cutoffUtc) ||
        !overlapsTimeOff(prepared.agentTimeOff[agentIndex], shift.startMs, shift.endMs),
    );
    return keepsEveryHardRule(prepared, shifts) && isTimeOffKept ? [] : [agent.id];
  });
}

/** A published week without a clock: best-response sweeps from an empty roster until none improves (deterministic). */
function searchedRoster(problem: RosterProblem): BaselineShift[] {
  const prepared = prepareProblem(problem);
  const classes = agentClassesOf(prepared, generateCandidates(prepared).candidates);
  const search = new RosterSearch(classes);
  const agents = problem.agents.map((_, index) => index);
  while (search.sweep(agents) > 0) search.resplit();
  return search.shiftsOfAgent.flatMap((indices) =>
    indices.map((index) => {
      const candidate = classes.candidates[index];
      return {
        agentId: problem.agents[candidate.agentIndex].id,
        startUtc: new Date(candidate.startMs).toISOString(),
        endUtc: new Date(candidate.endMs).toISOString(),
      };
    }),
  );
}

const shift = (agentId: string, day: string): BaselineShift => ({
  agentId,
  startUtc: `${day}T09:00:00Z`,
  endUtc: `${day}T17:00:00Z`,
});

/** ana and ben both work Monday, ana alone Tuesday, when one agent is needed each day 09–17 and two on Monday. */
function sickOnTuesday(): { problem: RosterProblem; baseline: BaselineShift[] } {
  const problem = microProblem({
    agents: [
      microAgent("ana", {
        timeOff: [{ startUtc: "2026-03-10T00:00:00Z", endUtc: "2026-03-11T00:00:00Z", reason: "sick" }],
      }),
      microAgent("ben"),
    ],
    requirements: [
      ...flatRequirements("voice", ["2026-03-09"], 9, 17, 2),
      ...flatRequirements("voice", ["2026-03-10"], 9, 17, 1),
    ],
  });
  return { problem, baseline: [shift("ana", "2026-03-09"), shift("ben", "2026-03-09"), shift("ana", "2026-03-10")] };
}

describe("repairRoster", () => {
  it("replaces a sick agent's shift by another agent's, keeping the shifts before the cut-off as they were", async () => {
    const { problem, baseline } = sickOnTuesday();
    const result = await repair(problem, baseline, settings());
    const monday = result.solution.shifts.filter((entry) => entry.startUtc.startsWith("2026-03-09"));
    expect(monday.map((entry) => [entry.agentId, entry.startUtc, entry.endUtc])).toEqual([
      ["ana", "2026-03-09T09:00:00Z", "2026-03-09T17:00:00Z"],
      ["ben", "2026-03-09T09:00:00Z", "2026-03-09T17:00:00Z"],
    ]);
    expect(result.frozenShifts).toBe(2);
    expect(result.changes.map((change) => [change.agentId, change.kind, change.isOffer])).toEqual([
      ["ana", "removed", false],
      ["ben", "added", true],
    ]);
    expect(result.repair).toMatchObject({
      agentsAffected: 2,
      shiftsChanged: 2,
      premiumsOwed: 2,
      premiumAgentMinutes: 120,
      shortAgentMinutesBefore: 480,
      shortAgentMinutesAfter: 0,
      coverageRecoveredAgentMinutes: 480,
    });
    expect(breaksHardRule(problem, result)).toEqual([]);
  });

  it("imposes added hours instead of offering them when the planner marks the repair an emergency", async () => {
    const { problem, baseline } = sickOnTuesday();
    const result = await repair(problem, baseline, settings({ isEmergency: true }));
    expect(result.changes.map((change) => change.isOffer)).toEqual([false, false]);
  });

  it("counts the premium only for changes inside the notice window and the stability weight beyond it", async () => {
    const problem = microProblem({
      agents: [
        microAgent("ana", {
          timeOff: [{ startUtc: "2026-03-09T00:00:00Z", endUtc: "2026-03-11T00:00:00Z", reason: "sick" }],
        }),
        microAgent("ben"),
      ],
    });
    const baseline = [shift("ana", "2026-03-09"), shift("ana", "2026-03-10")];
    // The window ends 2026-03-10T00:00Z: Monday's changes are inside it, Tuesday's beyond.
    const result = await repair(
      problem,
      baseline,
      settings({ cutoffUtc: "2026-03-09T00:00:00Z", noticeWindowDays: 1 }),
    );
    const byDay = result.changes.map((change) => [
      change.localDate,
      change.agentId,
      change.isInsideNoticeWindow,
      change.premiumAgentMinutes,
      change.costAgentMinutes,
    ]);
    expect(byDay).toEqual([
      ["2026-03-09", "ana", true, 60, 60],
      ["2026-03-10", "ana", false, 0, 5],
      ["2026-03-09", "ben", true, 60, 60],
      ["2026-03-10", "ben", false, 0, 5],
    ]);
    expect(result.repair.premiumAgentMinutes).toBe(120);
    expect(result.objective.pricedChange).toBe(130);
    expect(result.repair.offers).toBe(1);
  });

  it("leaves the roster alone when what a change recovers is worth less than its premium", async () => {
    // One short hour of voice costs 60 agent-minutes; moving ben's shift to cover it would cost a 60-minute premium and uncover another hour.
    const problem = microProblem({
      agents: [microAgent("ben")],
      requirements: flatRequirements("voice", ["2026-03-10"], 8, 17, 1),
    });
    const result = await repair(problem, [shift("ben", "2026-03-10")], settings({ cutoffUtc: "2026-03-09T00:00:00Z" }));
    expect(result.changes).toEqual([]);
    expect(result.solution.shifts.map((entry) => entry.startUtc)).toEqual(["2026-03-10T09:00:00Z"]);
  });

  it("keeps every frozen shift and every hard rule on a synthetic week, and answers the from-scratch re-solve beside it", async () => {
    const week = syntheticRosterWeek(12, 2, 20260309);
    const baseline = { shifts: searchedRoster(week) };
    const sick = week.agents
      .filter((agent) =>
        baseline.shifts.some((entry) => entry.agentId === agent.id && entry.startUtc.startsWith("2026-03-11")),
      )
      .slice(0, 2);
    const current = {
      ...week,
      agents: week.agents.map((agent) =>
        sick.includes(agent)
          ? {
              ...agent,
              timeOff: [
                ...agent.timeOff,
                { startUtc: "2026-03-11T00:00:00Z", endUtc: "2026-03-12T12:00:00Z", reason: "sick" },
              ],
            }
          : agent,
      ),
    };
    const cutoffUtc = "2026-03-10T12:00:00Z";
    const result = await repair(current, baseline.shifts, settings({ cutoffUtc }), 4);
    const key = (entry: { agentId: string; startUtc: string; endUtc: string }) =>
      `${entry.agentId} ${Date.parse(entry.startUtc)} ${Date.parse(entry.endUtc)}`;
    const isFrozen = (entry: { startUtc: string }) => Date.parse(entry.startUtc) < Date.parse(cutoffUtc);
    const frozen = baseline.shifts.filter(isFrozen).map(key).sort();
    expect(frozen.length).toBeGreaterThan(0);
    expect(result.solution.shifts.filter(isFrozen).map(key).sort()).toEqual(frozen);
    expect(breaksHardRule(current, result)).toEqual([]);
    expect(
      result.changes.some((change) => sick.some((agent) => agent.id === change.agentId) && change.kind === "removed"),
    ).toBe(true);
    expect(result.fromScratch.shortAgentMinutesBefore).toBe(result.repair.shortAgentMinutesBefore);
    expect(result.fromScratch.shiftsChanged).toBeGreaterThan(0);
    expect(result.lowerBound).not.toBeNull();
    expect(result.lowerBound!).toBeLessThanOrEqual(result.objective.total);
  }, 30_000);

  it("refuses a baseline shift of an agent the problem does not have", async () => {
    const { problem } = sickOnTuesday();
    await expect(repair(problem, [shift("zoe", "2026-03-10")], settings())).rejects.toThrow(/unknown agent zoe/);
  });
});
