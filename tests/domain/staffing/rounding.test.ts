import { describe, expect, it } from "vitest";
import { requiredAgentsErlangC } from "../../../api/domain/staffing/erlang-c";
import { fractionalFte, scheduledAgents } from "../../../api/domain/staffing/shrinkage";
import { ceilTolerant } from "../../../api/domain/staffing/tolerance";

describe("the rounding rule", () => {
  it("schedules 30 agents, not 31, for 21 productive at 30 % shrinkage (21/0.7 is 30.000000000000004 in floats)", () => {
    expect(21 / (1 - 0.3)).toBeGreaterThan(30);
    expect(scheduledAgents(21, 0.3)).toBe(30);
  });

  it("still adds the agent when the excess is real on either side of 30", () => {
    expect(scheduledAgents(21, 0.31)).toBe(31);
    expect(scheduledAgents(22, 0.3)).toBe(32);
    expect(scheduledAgents(21, 0.29)).toBe(30);
  });

  it("schedules 100 for 67 productive at 33 % shrinkage, and 101 or 100 when shrinkage moves a little", () => {
    expect(scheduledAgents(67, 0.33)).toBe(100);
    expect(scheduledAgents(67, 0.331)).toBe(101);
    expect(scheduledAgents(67, 0.329)).toBe(100);
  });

  it("keeps fractional FTE unrounded and scheduled equal to agents without shrinkage", () => {
    expect(fractionalFte(14, 0.3)).toBeCloseTo(20, 12);
    expect(fractionalFte(15, 0.3)).toBeCloseTo(21.428571428571427, 12);
    expect(scheduledAgents(15, 0)).toBe(15);
    expect(scheduledAgents(0, 0.3)).toBe(0);
  });

  it("rejects shrinkage outside [0, 1)", () => {
    expect(() => scheduledAgents(10, 1)).toThrow(RangeError);
    expect(() => scheduledAgents(10, -0.1)).toThrow(RangeError);
  });

  it("needs 26 agents for 22.1 E at an 85 % occupancy cap on either side of the noise", () => {
    const load = (trafficErlangs: number) => ({ trafficErlangs, ahtSeconds: 300, targetAnswerSeconds: 20 });
    expect(requiredAgentsErlangC(load(22.1), { targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 })).toBe(26);
    expect(requiredAgentsErlangC(load(22.09), { targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 })).toBe(26);
    expect(requiredAgentsErlangC(load(22.1001), { targetAnswerSeconds: 20, maxOccupancyFraction: 0.85 })).toBe(27);
  });

  it("rounds only noise down: ceilTolerant(30 + 1e-12) is 30 but ceilTolerant(30 + 1e-6) is 31", () => {
    expect(ceilTolerant(30 + 1e-12)).toBe(30);
    expect(ceilTolerant(30 + 1e-6)).toBe(31);
    expect(ceilTolerant(29.9999999)).toBe(30);
  });
});
