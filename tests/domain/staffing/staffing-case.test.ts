import { describe, expect, it } from "vitest";
import { calculateStaffingCase } from "../../../api/domain/staffing/staffing-case";

// callcentrehelper.com's Erlang C worked example, with its 85 % occupancy cap and 30 % shrinkage.
const reference = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetAnswerSeconds: 20,
  targetServiceLevel: 0.8,
  maxOccupancy: 0.85,
  shrinkage: 0.3,
};

describe("calculateStaffingCase", () => {
  it("gives the published answer: 10 E, 14 agents, 20 scheduled, SL 0.8884, P(wait) 0.1741, ASA 7.84 s, occupancy 0.714", () => {
    const result = calculateStaffingCase(reference);
    expect(result.trafficErlangs).toBe(10);
    expect(result.agents).toBe(14);
    expect(result.scheduledAgents).toBe(20);
    expect(result.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result.pWait).toBeCloseTo(0.1741, 4);
    expect(result.asaSeconds).toBeCloseTo(7.84, 2);
    expect(result.occupancy).toBeCloseTo(0.714, 3);
  });

  it("evaluates a given number of agents instead of solving, and reports N ≤ A as unstable", () => {
    expect(calculateStaffingCase({ ...reference, agents: 13 }).serviceLevel).toBeLessThan(0.8);
    expect(calculateStaffingCase({ ...reference, agents: 10 })).toMatchObject({
      agents: 10,
      pWait: 1,
      serviceLevel: 0,
      asaSeconds: Number.POSITIVE_INFINITY,
    });
  });

  it("staffs chat as concurrency servers per agent: agents = ceil(servers / c), metrics at agents × c", () => {
    const chat = {
      ...reference,
      maxOccupancy: undefined,
      callsPerInterval: 300,
      ahtSeconds: 400,
      channel: "chat" as const,
      concurrency: 3,
    };
    const servers = calculateStaffingCase({ ...chat, channel: "voice", concurrency: undefined }).agents;
    const result = calculateStaffingCase(chat);
    expect(result.agents).toBe(Math.ceil(servers / 3));
    expect(result.servers).toBe(result.agents * 3);
    expect(result.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(calculateStaffingCase({ ...chat, agents: result.agents - 1 }).serviceLevel).toBeLessThan(0.8);
  });

  it("solves Erlang A when asked, reporting abandonment, and zero calls need zero agents", () => {
    const result = calculateStaffingCase({ ...reference, model: "erlang-a", patienceSeconds: 120 });
    expect(result.pAbandon).toBeGreaterThan(0);
    expect(result.agents).toBeLessThanOrEqual(14);
    expect(calculateStaffingCase({ ...reference, callsPerInterval: 0 })).toMatchObject({
      agents: 0,
      scheduledAgents: 0,
      pWait: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      occupancy: 0,
    });
  });
});
