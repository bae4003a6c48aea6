import { erlangCServiceLevel } from "../api/domain/roster/model/erlang-service-level";
import { localDayInterval } from "../api/domain/time/local-day";
import { wallClockInstantMs } from "../api/domain/time/wall-clock";
import { toEpochDay } from "../api/domain/time/local-date";
import { DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES } from "../api/domain/roster/model/repair-problem";
import { repairRoster } from "../api/domain/roster/strategies/repair-roster";
import { solveRoster } from "../api/domain/roster/strategies/solve-roster";
import { syntheticRosterWeek } from "../api/domain/roster/model/synthetic-week";
import { mulberry32 } from "../api/domain/random/seeded-random";
import { createHighsSolver } from "../api/solvers/highs-solver";

/**
 * `npm run bench:repair [-- --baseline-seconds 60 --repair-seconds 10 --scratch-seconds 30]`: the
 * issue 14 repair targets on the seeded 300-agent benchmark week (synthetic-week.ts, as bench:roster
 * uses). The week is solved first (the published baseline); then 5 % of the agents, chosen by a
 * seeded draw, are absent on Tuesday 10 March 2026 from 07:00 in their own zone to the end of their
 * day, and the roster is repaired from the first of those instants (the cut-off) with the default
 * notice window (14 days) and premium (60 agent-minutes). Prints the repair and the from-scratch
 * re-solve of the same remaining horizon side by side, and the three targets.
 */
const flag = (name: string, fallback: number) => {
  const position = process.argv.indexOf(`--${name}`);
  return position >= 0 ? Number(process.argv[position + 1]) : fallback;
};
const baselineSeconds = flag("baseline-seconds", 60);
const repairSeconds = flag("repair-seconds", 10);
const scratchSeconds = flag("scratch-seconds", 30);
const AGENTS = 300;
const ABSENT_SHARE = 0.05;
const ABSENCE_DATE = "2026-03-10";

const problem = syntheticRosterWeek(AGENTS, 5, 20260309);
const solver = createHighsSolver();
const clockMs = () => performance.now();
const baseline = await solveRoster(
  problem,
  { timeLimitSeconds: baselineSeconds, relativeGap: 0.01 },
  { solver, clockMs, estimateServiceLevel: erlangCServiceLevel },
);
console.log(
  `baseline: ${baseline.shifts.length} shifts, objective ${baseline.objective.total.toFixed(1)}, gap ${((baseline.relativeGap ?? 0) * 100).toFixed(2)} %, ${baseline.solveSeconds.toFixed(1)} s`,
);

const random = mulberry32(14);
const order = problem.agents.map((_, index) => index).sort(() => random() - 0.5);
const absent = new Set(order.slice(0, Math.round(AGENTS * ABSENT_SHARE)));
const absences = problem.agents.flatMap((agent, index) => {
  if (!absent.has(index)) return [];
  const startMs = wallClockInstantMs(toEpochDay(ABSENCE_DATE), 7 * 60, agent.timeZone);
  return [{ agentId: agent.id, startMs, endMs: localDayInterval(ABSENCE_DATE, agent.timeZone).endUtcMs }];
});
const cutoffMs = Math.min(...absences.map((absence) => absence.startMs));
const current = {
  ...problem,
  agents: problem.agents.map((agent) => {
    const absence = absences.find((entry) => entry.agentId === agent.id);
    return absence
      ? {
          ...agent,
          timeOff: [
            ...agent.timeOff,
            {
              startUtc: new Date(absence.startMs).toISOString(),
              endUtc: new Date(absence.endMs).toISOString(),
              reason: "sick",
            },
          ],
        }
      : agent;
  }),
};
const startedMs = performance.now();
const result = await repairRoster(
  {
    problem: current,
    baseline: baseline.shifts.map((shift) => ({
      agentId: shift.agentId,
      startUtc: shift.startUtc,
      endUtc: shift.endUtc,
    })),
    settings: {
      cutoffUtc: new Date(cutoffMs).toISOString(),
      noticeWindowDays: 14,
      predictabilityPremiumAgentMinutes: 60,
      stabilityWeightAgentMinutes: DEFAULT_STABILITY_WEIGHT_AGENT_MINUTES,
      isEmergency: false,
    },
  },
  { timeLimitSeconds: repairSeconds, fromScratchTimeLimitSeconds: scratchSeconds, seed: 1 },
  { solver, clockMs, estimateServiceLevel: erlangCServiceLevel },
);
const wallSeconds = (performance.now() - startedMs) / 1000;

console.log(
  `${absences.length} agents absent from 07:00 local on ${ABSENCE_DATE}; cut-off ${result.cutoffUtc}; ${result.frozenShifts} frozen shifts`,
);
console.log(
  "              seconds  objective  changed_agents  changed_shifts  premiums  premium_min  offers  short_before  short_after  recovered",
);
for (const [label, figures] of [
  ["repair", result.repair],
  ["from scratch", result.fromScratch],
] as const) {
  console.log(
    [
      label.padEnd(12),
      figures.solveSeconds.toFixed(1).padStart(8),
      figures.objective.toFixed(1).padStart(10),
      String(figures.agentsAffected).padStart(15),
      String(figures.shiftsChanged).padStart(15),
      String(figures.premiumsOwed).padStart(9),
      figures.premiumAgentMinutes.toFixed(0).padStart(12),
      String(figures.offers).padStart(7),
      figures.shortAgentMinutesBefore.toFixed(0).padStart(13),
      figures.shortAgentMinutesAfter.toFixed(0).padStart(12),
      figures.coverageRecoveredAgentMinutes.toFixed(0).padStart(10),
    ].join(" "),
  );
}
const recoveredShare =
  result.fromScratch.coverageRecoveredAgentMinutes > 0
    ? result.repair.coverageRecoveredAgentMinutes / result.fromScratch.coverageRecoveredAgentMinutes
    : 1;
const changedShare =
  result.fromScratch.agentsAffected > 0 ? result.repair.agentsAffected / result.fromScratch.agentsAffected : 0;
const verdict = (isMet: boolean) => (isMet ? "met" : "NOT met");
console.log(
  `repair bound ${result.lowerBound?.toFixed(1) ?? "–"}, gap ${result.relativeGap === null ? "–" : `${(result.relativeGap * 100).toFixed(2)} %`}; whole call (repair and re-solve) ${wallSeconds.toFixed(1)} s`,
);
console.log(`notes: ${result.notes.join("; ")}`);
console.log(
  `target repair <= 10 s: ${result.repair.solveSeconds.toFixed(1)} s, ${verdict(result.repair.solveSeconds <= 10)}`,
);
console.log(
  `target recovers >= 95 % of the re-solve's recovery: ${(recoveredShare * 100).toFixed(1)} %, ${verdict(recoveredShare >= 0.95)}`,
);
console.log(
  `target changes <= 20 % as many agents as the re-solve: ${(changedShare * 100).toFixed(1)} %, ${verdict(changedShare <= 0.2)}`,
);
