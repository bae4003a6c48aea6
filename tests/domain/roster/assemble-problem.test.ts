import { describe, expect, it } from "vitest";
import type { Agent } from "../../../api/domain/organisation/agent";
import type { Queue } from "../../../api/domain/organisation/queue";
import {
  assembleRosterProblem,
  intervalMinutesOf,
  scheduleRequirementsOf,
} from "../../../api/domain/roster/model/assemble-problem";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";

const queue = (overrides: Partial<Queue> = {}): Queue => ({
  id: "voice",
  name: "Voice",
  channel: "voice",
  timeZone: "America/New_York",
  intervalMinutes: 60,
  priorityWeight: 2,
  targetServiceLevel: 0.8,
  targetAnswerSeconds: 20,
  targetAsaSeconds: null,
  ahtSeconds: 300,
  shrinkage: 0.3,
  maxOccupancy: null,
  patienceSeconds: null,
  concurrency: null,
  targetResponseHours: null,
  targetResponseFraction: null,
  businessHours: [],
  ...overrides,
});

const at = (iso: string) => Date.parse(iso);
const staffed = (iso: string, scheduledAgents: number, volume: number) => ({
  startUtcMs: at(iso),
  volume,
  ahtSeconds: 240,
  trafficErlangs: 0,
  agents: scheduledAgents,
  scheduledAgents,
  fractionalFte: scheduledAgents,
  serviceLevel: null,
});

describe("scheduleRequirementsOf", () => {
  it("repeats an hour's agents in each half hour, shares its volume, and cuts what lies outside the period", () => {
    const period = { startMs: at("2026-03-09T14:30:00Z"), endMs: at("2026-03-09T16:00:00Z") };
    const requirements = scheduleRequirementsOf(
      queue(),
      [
        staffed("2026-03-09T14:00:00Z", 3, 40),
        staffed("2026-03-09T15:00:00Z", 5, 60),
        staffed("2026-03-09T16:00:00Z", 7, 80),
      ],
      30,
      period,
    );
    expect(requirements).toEqual([
      {
        queueId: "voice",
        intervalStartUtc: "2026-03-09T14:30:00.000Z",
        requiredAgents: 3,
        forecastCalls: 20,
        ahtSeconds: 240,
      },
      {
        queueId: "voice",
        intervalStartUtc: "2026-03-09T15:00:00.000Z",
        requiredAgents: 5,
        forecastCalls: 30,
        ahtSeconds: 240,
      },
      {
        queueId: "voice",
        intervalStartUtc: "2026-03-09T15:30:00.000Z",
        requiredAgents: 5,
        forecastCalls: 30,
        ahtSeconds: 240,
      },
    ]);
  });
});

describe("assembleRosterProblem", () => {
  const voice = queue();
  const chat = queue({ id: "chat", name: "Chat", intervalMinutes: 30, targetAnswerSeconds: null, priorityWeight: 1 });
  const agent: Agent = {
    id: "ana",
    name: "Ana",
    email: "ana@example.test",
    team: "voice",
    timeZone: "Europe/London",
    vendor: null,
    attritionCohort: "default",
    tags: [],
    hireDate: "2025-01-06",
    endDate: null,
    skillQueueIds: ["voice", "email"],
    availability: [{ weekday: 1, startLocal: "08:00", endLocal: "18:00" }],
    contract: { minMinutesPerWeek: 0, maxMinutesPerWeek: 2400, maxShiftsPerWeek: 5, shiftLengthsMinutes: [480, 360] },
  };
  const problem = assembleRosterProblem({
    period: { startMs: at("2026-03-09T00:00:00Z"), endMs: at("2026-03-16T00:00:00Z") },
    queues: [voice, chat],
    requirements: [
      {
        queueId: "voice",
        intervalStartUtc: "2026-03-09T14:00:00.000Z",
        requiredAgents: 2,
        forecastCalls: null,
        ahtSeconds: 240,
      },
    ],
    agents: [agent],
    approvedTimeOff: [
      { agentId: "ana", startsAt: "2026-03-10T00:00:00.000Z", endsAt: "2026-03-11T00:00:00.000Z" },
      { agentId: "ben", startsAt: "2026-03-12T00:00:00.000Z", endsAt: "2026-03-13T00:00:00.000Z" },
    ],
    rules: { startGranularityMinutes: 30, minRestMinutes: 600 },
    warnings: [],
  });

  it("states the period as UTC instants on the finest interval of the queues", () => {
    expect([problem.periodStartUtc, problem.periodEndUtc, problem.intervalMinutes]).toEqual([
      "2026-03-09T00:00:00.000Z",
      "2026-03-16T00:00:00.000Z",
      intervalMinutesOf([voice, chat]),
    ]);
    expect(problem.intervalMinutes).toBe(30);
  });

  it("keeps only the skills and time off of the problem's queues and agents, with the permissive contract defaults", () => {
    const [rostered] = problem.agents;
    expect(rostered.skills).toEqual(["voice"]);
    expect(rostered.timeOff).toEqual([
      { startUtc: "2026-03-10T00:00:00.000Z", endUtc: "2026-03-11T00:00:00.000Z", reason: "approved time off" },
    ]);
    expect(rostered.contract).toMatchObject({
      earliestStartLocal: "00:00",
      latestEndLocal: "00:00",
      maxConsecutiveDays: 6,
      maxMinutesPerDay: 480,
    });
  });

  it("names the default breaks when the planner names none, and drops an unknown forecast", () => {
    expect(problem.rules).toMatchObject({ startGranularityMinutes: 30, minRestMinutes: 600 });
    expect(problem.rules.breaks.map((rule) => rule.kind)).toEqual(["lunch", "break"]);
    expect(problem.requirements).toEqual([
      {
        queueId: "voice",
        intervalStartUtc: "2026-03-09T14:00:00.000Z",
        requiredAgents: 2,
        forecastCalls: undefined,
        ahtSeconds: 240,
      },
    ]);
    expect(problem.queues).toEqual([
      { id: "voice", priorityWeight: 2, targetAnswerSeconds: 20 },
      { id: "chat", priorityWeight: 1 },
    ]);
  });

  it("is a problem the solve can prepare", () => {
    expect(prepareProblem(problem).intervalCount).toBe(7 * 48);
  });
});
