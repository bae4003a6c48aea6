import { describe, expect, it } from "vitest";
import { requiredFteForWeek } from "../../../api/domain/capacity/required-fte";
import {
  DEFAULT_SCHEDULE_EFFICIENCY_FRACTION,
  estimateScheduleEfficiencyFraction,
} from "../../../api/domain/capacity/schedule-efficiency";
import { DEMO_ASSUMPTIONS } from "./demo-plan";

describe("requiredFteForWeek", () => {
  it("divides scheduled hours by productive hours per FTE and adds the schedule-efficiency allowance", () => {
    // 1,280 h ÷ 32 h = 40 FTE, × 1.10 = 44 FTE.
    expect(
      requiredFteForWeek({ weekStartDate: "2026-01-05", scheduledAgentHours: 1280 }, DEMO_ASSUMPTIONS),
    ).toBeCloseTo(44, 12);
  });

  it("takes required FTE as given and applies demand growth to either form", () => {
    const growing = { ...DEMO_ASSUMPTIONS, demandGrowthFraction: 0.05 };
    expect(requiredFteForWeek({ weekStartDate: "2026-01-05", requiredFte: 40 }, growing)).toBeCloseTo(42, 12);
    expect(requiredFteForWeek({ weekStartDate: "2026-01-05", scheduledAgentHours: 1280 }, growing)).toBeCloseTo(
      46.2,
      12,
    );
  });

  it("throws for a week with neither form", () => {
    expect(() => requiredFteForWeek({ weekStartDate: "2026-01-05" }, DEMO_ASSUMPTIONS)).toThrow(RangeError);
  });
});

describe("estimateScheduleEfficiencyFraction", () => {
  it("learns the allowance from rostered against required hours", () => {
    expect(
      estimateScheduleEfficiencyFraction([
        { rosteredAgentHours: 1080, requiredAgentHours: 1000 },
        { rosteredAgentHours: 1160, requiredAgentHours: 1000 },
      ]),
    ).toBeCloseTo(0.12, 12);
  });

  it("falls back to 10 % without rosters and never goes below 0", () => {
    expect(estimateScheduleEfficiencyFraction([])).toBe(DEFAULT_SCHEDULE_EFFICIENCY_FRACTION);
    expect(estimateScheduleEfficiencyFraction([{ rosteredAgentHours: 900, requiredAgentHours: 1000 }])).toBe(0);
  });
});
