import { describe, expect, it } from "vitest";
import { agentsFromShifts } from "../../../api/domain/simulation/agent-spans";
import { TallyField, tallyIndex } from "../../../api/domain/simulation/interval-tally";
import { studentTQuantile } from "../../../api/domain/simulation/student-t";
import { simulateRoster } from "../../../api/domain/simulation/simulate-roster";
import type { SimulationInput } from "../../../api/domain/simulation/simulation-input";
import { erlangCMetrics } from "../../../api/domain/staffing/erlang-c";
import { replicateHere, singleQueueInput, voiceQueue, wholePeriodAgents } from "./support";

const HALF_HOUR = 1800;

describe("simulateRoster", () => {
  const input = singleQueueInput(
    voiceQueue(4, [300, 280, 320, 300], { patienceSeconds: 120 }),
    HALF_HOUR,
    wholePeriodAgents(55, 4 * HALF_HOUR),
  );

  it("gives the same tally for the same seed, to the bit, and another for another seed", async () => {
    expect(simulateRoster(input, 42)).toEqual(simulateRoster(input, 42));
    expect(simulateRoster(input, 43)).not.toEqual(simulateRoster(input, 42));
    expect(await replicateHere(input, 12, 9)).toEqual(await replicateHere(input, 12, 9));
  });

  it("carries an unstaffed interval's backlog into the next, which clears it", () => {
    // 100 calls in the first half hour with nobody on; 40 agents from the second on (17 E offered).
    const queue = voiceQueue(3, [100, 100, 100]);
    const agents = Array.from({ length: 40 }, (_unused, index) => ({
      id: `a${index}`,
      spans: [{ startSeconds: HALF_HOUR, endSeconds: 3 * HALF_HOUR, queueIndices: [0] }],
    }));
    const tally = simulateRoster(singleQueueInput(queue, HALF_HOUR, agents), 5);
    const at = (interval: number, field: number) => tally[tallyIndex(3, 0, interval, field)]!;
    expect(at(0, TallyField.offered)).toBeGreaterThan(60);
    expect(at(0, TallyField.answered)).toBe(at(0, TallyField.offered));
    expect(at(0, TallyField.answeredWithinTarget) / at(0, TallyField.offered)).toBeLessThan(0.1);
    expect(at(0, TallyField.answeredWaitSeconds) / at(0, TallyField.answered)).toBeGreaterThan(HALF_HOUR / 4);
    expect(at(0, TallyField.availableAgentSeconds)).toBe(0);
    expect(at(1, TallyField.busyAgentSeconds)).toBeGreaterThan(at(2, TallyField.busyAgentSeconds));
    expect(at(2, TallyField.answeredWithinTarget) / at(2, TallyField.offered)).toBeGreaterThan(0.95);
    expect(at(2, TallyField.waitingPastTargetAtEnd) + at(2, TallyField.waitingWithinTargetAtEnd)).toBe(0);
  });

  it("serves chats in slots: one agent with 3 slots is Erlang C with 3 servers", async () => {
    const arrivals = 2_000;
    const intervalSeconds = (arrivals * 300) / 2.4;
    const chat = voiceQueue(2, [arrivals, arrivals], { channel: "chat", concurrency: 3 });
    const report = await replicateHere(
      singleQueueInput(chat, intervalSeconds, wholePeriodAgents(1, 2 * intervalSeconds)),
      16,
      3,
    );
    const theory = erlangCMetrics(3, { trafficErlangs: 2.4, ahtSeconds: 300, targetAnswerSeconds: 20 });
    const measured = report.intervals[1]!;
    expect(Math.abs(measured.serviceLevelFraction.mean! - theory.serviceLevel)).toBeLessThanOrEqual(
      2 * measured.serviceLevelFraction.halfWidth95!,
    );
    expect(Math.abs(measured.occupancyFraction.mean! - 0.8)).toBeLessThanOrEqual(
      2 * measured.occupancyFraction.halfWidth95!,
    );
  });

  it("keeps email waiting without abandonment and judges it by the response window", () => {
    const email = voiceQueue(2, [50, 0], { channel: "email", targetAnswerSeconds: 3600 });
    const agents = [{ id: "a", spans: [{ startSeconds: HALF_HOUR, endSeconds: 2 * HALF_HOUR, queueIndices: [0] }] }];
    const tally = simulateRoster(singleQueueInput(email, HALF_HOUR, agents), 11);
    const at = (field: number) => tally[tallyIndex(2, 0, 0, field)]!;
    expect(at(TallyField.abandoned)).toBe(0);
    // One agent answers about 6 of ~50 in its half hour; the rest are still waiting, none yet past the hour.
    expect(at(TallyField.answered)).toBeLessThan(at(TallyField.offered));
    expect(
      at(TallyField.answered) + at(TallyField.waitingWithinTargetAtEnd) + at(TallyField.waitingPastTargetAtEnd),
    ).toBe(at(TallyField.offered));
    expect(at(TallyField.answeredWithinTarget)).toBe(at(TallyField.answered));
  });

  it("counts short abandons against the service level or leaves them out, as the definition says", async () => {
    const busy = singleQueueInput(
      voiceQueue(1, [400], { patienceSeconds: 30 }),
      HALF_HOUR,
      wholePeriodAgents(60, HALF_HOUR),
    );
    const against = await replicateHere(busy, 8, 1);
    const excluded = await replicateHere({ ...busy, serviceLevelDefinition: "short_abandons_excluded" }, 8, 1);
    expect(excluded.days[0]!.serviceLevelFraction.mean!).toBeGreaterThan(
      against.days[0]!.serviceLevelFraction.mean! + 0.01,
    );
    expect(excluded.days[0]!.abandonmentFraction).toEqual(against.days[0]!.abandonmentFraction);
  });

  it("makes interval counts overdispersed by the stated c²", async () => {
    const dispersed = singleQueueInput(
      voiceQueue(1, [400], { dispersion: 0.04 }),
      HALF_HOUR,
      wholePeriodAgents(200, HALF_HOUR),
    );
    const plain = singleQueueInput(voiceQueue(1, [400]), HALF_HOUR, wholePeriodAgents(200, HALF_HOUR));
    const replications = 400;
    const spreadOf = async (input: SimulationInput) => {
      const offered = (await replicateHere(input, replications, 4)).intervals[0]!.offered;
      return (offered.halfWidth95! / studentTQuantile(0.975, replications - 1)) * Math.sqrt(replications);
    };
    // Var = m + c²m²: sd √400 = 20 plain, √(400 + 0.04·160000) = 82.5 dispersed.
    expect(await spreadOf(plain)).toBeCloseTo(20, -1);
    expect(Math.abs((await spreadOf(dispersed)) / 82.5 - 1)).toBeLessThan(0.15);
  });
});

describe("routing", () => {
  // Queue 0 is busy; queue 1 is light. Blended agents list queue 1 first.
  const queues = [
    voiceQueue(1, [600], { id: "busy", patienceSeconds: 60 }),
    voiceQueue(1, [100], { id: "light", patienceSeconds: 60 }),
  ];
  const agents = Array.from({ length: 100 }, (_unused, index) => ({
    id: `a${index}`,
    spans: [{ startSeconds: 0, endSeconds: HALF_HOUR, queueIndices: [1, 0] }],
  }));
  const base: SimulationInput = { ...singleQueueInput(queues[0]!, HALF_HOUR, agents), queues };

  it("lets an agent's own queue order decide under priority_order, and the oldest contact under oldest_contact", async () => {
    const prioritised = await replicateHere({ ...base, routing: { agentQueueChoice: "priority_order" } }, 10, 2);
    const oldestFirst = await replicateHere({ ...base, routing: { agentQueueChoice: "oldest_contact" } }, 10, 2);
    const lightSl = (report: typeof prioritised) =>
      report.days.find((day) => day.queueId === "light")!.serviceLevelFraction.mean!;
    expect(lightSl(prioritised)).toBeGreaterThan(lightSl(oldestFirst) + 0.05);
  });
});

describe("agentsFromShifts", () => {
  it("takes breaks and lunches out of a shift, clips it to the period and orders queues by the agent's priority", () => {
    const periodStart = Date.parse("2026-03-02T00:00:00Z");
    const shift = {
      agentId: "a1",
      startUtc: "2026-03-02T09:00:00Z",
      endUtc: "2026-03-02T17:00:00Z",
      queueIds: ["voice", "chat"],
      breaks: [
        { kind: "lunch" as const, startUtc: "2026-03-02T12:00:00Z", endUtc: "2026-03-02T12:30:00Z" },
        { kind: "break" as const, startUtc: "2026-03-02T10:30:00Z", endUtc: "2026-03-02T10:45:00Z" },
      ],
    };
    const [agent] = agentsFromShifts([shift], ["chat", "voice"], periodStart, 16 * 3600, new Map([["a1", ["chat"]]]));
    const hours = agent!.spans.map((span) => [span.startSeconds / 3600, span.endSeconds / 3600]);
    expect(hours).toEqual([
      [9, 10.5],
      [10.75, 12],
      [12.5, 16],
    ]);
    expect(agent!.spans[0]!.queueIndices).toEqual([0, 1]);
    expect(agentsFromShifts([shift], ["chat", "voice"], periodStart, 16 * 3600)[0]!.spans[0]!.queueIndices).toEqual([
      1, 0,
    ]);
  });
});
