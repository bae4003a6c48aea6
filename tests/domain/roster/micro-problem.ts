import { buildRosterModel, type RosterModel } from "../../../api/domain/roster/milp/build-model";
import type { RuleFamily } from "../../../api/domain/roster/milp/model-builder";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import type { RosterAgent, RosterProblem } from "../../../api/domain/roster/model/problem";
import { DEFAULT_RULES, DEFAULT_WEIGHTS } from "../../../api/domain/roster/model/problem";
import type { RosterSolution } from "../../../api/domain/roster/model/solution";
import { solveRoster } from "../../../api/domain/roster/strategies/solve-roster";
import type { MilpRow } from "../../../api/domain/roster/milp/solver-port";
import { createHighsSolver } from "../../../api/solvers/highs-solver";

/**
 * Micro-problems for the rule-family tests: two agents in UTC over two days (Monday 9 and
 * Tuesday 10 March 2026), one "voice" queue, 60-minute intervals, 8-hour shifts starting on the
 * hour between 08:00 and 10:00; the contract allows one shift a day (3360 minutes a week is 960
 * over the two days). Each test overrides what its rule needs.
 */
export function microAgent(id: string, overrides: Partial<RosterAgent> = {}): RosterAgent {
  return {
    id,
    timeZone: "UTC",
    skills: ["voice"],
    availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday: weekday as 1,
      startLocal: "08:00",
      endLocal: "18:00",
    })),
    timeOff: [],
    contract: {
      minMinutesPerWeek: 0,
      maxMinutesPerWeek: 3360,
      maxShiftsPerWeek: 7,
      shiftLengthsMinutes: [480],
      earliestStartLocal: "00:00",
      latestEndLocal: "00:00",
      maxConsecutiveDays: 6,
      maxMinutesPerDay: 600,
    },
    ...overrides,
  };
}

/** Requirement of `agents` on every interval of [fromHour, toHour) UTC on each day listed. */
export function flatRequirements(queueId: string, days: string[], fromHour: number, toHour: number, agents: number) {
  return days.flatMap((day) =>
    Array.from({ length: toHour - fromHour }, (_, hour) => ({
      queueId,
      intervalStartUtc: `${day}T${String(fromHour + hour).padStart(2, "0")}:00:00Z`,
      requiredAgents: agents,
    })),
  );
}

export function microProblem(overrides: Partial<RosterProblem> = {}): RosterProblem {
  return {
    periodStartUtc: "2026-03-09T00:00:00Z",
    periodEndUtc: "2026-03-11T00:00:00Z",
    intervalMinutes: 60,
    queues: [{ id: "voice", priorityWeight: 1 }],
    requirements: flatRequirements("voice", ["2026-03-09", "2026-03-10"], 9, 17, 1),
    agents: [microAgent("ana"), microAgent("ben")],
    rules: { ...DEFAULT_RULES, startGranularityMinutes: 60 },
    weights: { ...DEFAULT_WEIGHTS },
    ...overrides,
  };
}

export function buildMicro(problem: RosterProblem): RosterModel {
  return buildRosterModel(prepareProblem(problem));
}

export function rowsOf(rosterModel: RosterModel, family: RuleFamily): MilpRow[] {
  return rosterModel.model.rows.filter((_, index) => rosterModel.rowFamilies[index] === family);
}

export function solveMicro(problem: RosterProblem, timeLimitSeconds = 10): Promise<RosterSolution> {
  return solveRoster(
    problem,
    { timeLimitSeconds, relativeGap: 0 },
    { solver: createHighsSolver(), clockMs: () => performance.now() },
  );
}

/**
 * Three agents over two days and two queues: a voice agent, a chat agent and a blended one, a
 * lunch inside every shift, a weekly minimum that cannot all be met, and requirements that leave
 * both short and over-staffed intervals. Small enough for HiGHS to prove the optimum in a second,
 * which is the oracle: a valid bound never exceeds it.
 */
export function blendedMicroProblem(): RosterProblem {
  const contract = { ...microAgent("x").contract, shiftLengthsMinutes: [300, 480], minMinutesPerWeek: 3000 };
  return microProblem({
    queues: [
      { id: "voice", priorityWeight: 2 },
      { id: "chat", priorityWeight: 1 },
    ],
    agents: [
      microAgent("ana", { contract }),
      microAgent("ben", { skills: ["chat"], contract }),
      microAgent("cy", {
        skills: ["voice", "chat"],
        contract,
        avoid: [{ weekday: 1, startLocal: "08:00", endLocal: "12:00" }],
      }),
    ],
    requirements: [
      ...flatRequirements("voice", ["2026-03-09"], 8, 18, 2),
      ...flatRequirements("voice", ["2026-03-10"], 10, 14, 1),
      ...flatRequirements("chat", ["2026-03-09", "2026-03-10"], 12, 20, 1),
    ],
    rules: {
      ...microProblem().rules,
      breaks: [
        {
          kind: "lunch",
          durationMinutes: 60,
          minShiftMinutes: 480,
          earliestStartAfterMinutes: 180,
          latestStartAfterMinutes: 240,
        },
      ],
    },
  });
}
