import { describe, expect, it } from "vitest";
import type { Queue } from "../../../api/domain/organisation/queue";
import {
  DEFAULT_SCHEDULE_SIMULATION,
  simulationInputOfSchedule,
} from "../../../api/domain/simulation/schedule-simulation-input";
import { simulateRoster } from "../../../api/domain/simulation/simulate-roster";
import { TallyField, tallyIndex } from "../../../api/domain/simulation/interval-tally";

const queue = (overrides: Partial<Queue>): Queue => ({
  id: "voice",
  name: "Voice",
  channel: "voice",
  timeZone: "America/New_York",
  intervalMinutes: 30,
  priorityWeight: 1,
  targetServiceLevel: 0.8,
  targetAnswerSeconds: 20,
  targetAsaSeconds: null,
  ahtSeconds: 300,
  shrinkage: 0.3,
  maxOccupancy: null,
  patienceSeconds: 120,
  concurrency: null,
  targetResponseHours: null,
  targetResponseFraction: null,
  businessHours: [],
  ...overrides,
});

// Monday 2 March 2026, 09:00–11:00 New York (EST, UTC−5), four half hours.
const source = {
  periodStartUtc: "2026-03-02T14:00:00.000Z",
  periodEndUtc: "2026-03-02T16:00:00.000Z",
  intervalMinutes: 30,
  queues: [
    queue({}),
    queue({
      id: "email",
      channel: "email",
      patienceSeconds: null,
      targetResponseHours: 1,
      businessHours: [{ weekday: 1, startLocal: "10:00", endLocal: "17:00" }],
    }),
  ],
  requirements: [
    {
      queueId: "voice",
      intervalStartUtc: "2026-03-02T14:30:00.000Z",
      requiredAgents: 5,
      forecastCalls: 40,
      ahtSeconds: 280,
    },
    {
      queueId: "email",
      intervalStartUtc: "2026-03-02T14:00:00.000Z",
      requiredAgents: 1,
      forecastCalls: 10,
      ahtSeconds: null,
    },
  ],
  shifts: [
    {
      agentId: "a",
      startUtc: "2026-03-02T14:00:00.000Z",
      endUtc: "2026-03-02T18:00:00.000Z",
      queueIds: ["email", "voice"],
      breaks: [],
    },
    {
      agentId: "b",
      startUtc: "2026-03-02T14:00:00.000Z",
      endUtc: "2026-03-02T16:00:00.000Z",
      queueIds: ["voice"],
      breaks: [],
    },
  ],
  queuePriorityByAgent: new Map([["a", ["voice", "email"]]]),
};

describe("simulationInputOfSchedule", () => {
  it("takes the forecast and AHT per interval from the stored requirements and email's window in business hours", () => {
    const input = simulationInputOfSchedule(source);
    expect(input.intervalCount).toBe(4);
    const [voice, email] = input.queues;
    expect(voice!.expectedArrivals).toEqual([0, 40, 0, 0]);
    expect(voice!.ahtSeconds).toEqual([300, 280, 300, 300]);
    expect(voice!.businessSecondsPerInterval).toBeNull();
    expect(email!.targetAnswerSeconds).toBe(3600);
    expect(email!.patienceSeconds).toBeNull();
    expect(email!.businessSecondsPerInterval).toEqual([0, 0, 1800, 1800]);
    expect(
      input.agents.map((agent) => [
        agent.id,
        agent.spans.map((span) => [span.startSeconds, span.endSeconds, span.queueIndices]),
      ]),
    ).toEqual([
      ["a", [[0, 7200, [0, 1]]]],
      ["b", [[0, 7200, [0]]]],
    ]);
  });

  it("applies the what-ifs: more volume and absent agents", () => {
    const input = simulationInputOfSchedule(source, {
      ...DEFAULT_SCHEDULE_SIMULATION,
      volumeFactor: 1.1,
      absentAgentIds: ["b"],
    });
    expect(input.queues[0]!.expectedArrivals).toEqual([0, 44, 0, 0]);
    expect(input.agents.map((agent) => agent.id)).toEqual(["a"]);
  });

  it("counts an email's wait in business hours: one that arrives before opening is within an hour's window until 11:00", () => {
    const input = simulationInputOfSchedule({
      ...source,
      shifts: [
        {
          agentId: "a",
          startUtc: "2026-03-02T15:30:00.000Z",
          endUtc: "2026-03-02T16:00:00.000Z",
          queueIds: ["email"],
          breaks: [],
        },
      ],
    });
    const tally = simulateRoster(input, 1);
    const at = (field: number) => tally[tallyIndex(4, 1, 0, field)]!;
    // Emails of 09:00–09:30 answered from 10:30 on have waited at most 30 business minutes.
    expect(at(TallyField.answered)).toBeGreaterThan(0);
    expect(at(TallyField.answeredWithinTarget)).toBe(at(TallyField.answered));
    expect(at(TallyField.answeredWaitSeconds) / at(TallyField.answered)).toBeGreaterThan(3600);
  });
});
