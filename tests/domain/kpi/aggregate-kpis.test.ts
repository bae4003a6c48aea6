import { describe, expect, it } from "vitest";
import type { IntervalActual } from "../../../api/domain/actuals/interval-actual";
import { aggregateKpis } from "../../../api/domain/kpi/aggregate-kpis";
import type { IntervalKpiInput } from "../../../api/domain/kpi/interval-kpi-input";
import { achievedServiceLevel } from "../../../api/domain/kpi/service-level-rule";

const ZONE = "America/New_York";
const actual = (intervalStart: string, values: Partial<IntervalActual>): IntervalActual => ({
  intervalStart,
  offeredCount: 0,
  handledCount: 0,
  abandonedCount: 0,
  answeredWithinThresholdCount: 0,
  abandonedWithinThresholdCount: 0,
  reportedServiceLevelFraction: null,
  ahtSeconds: null,
  asaSeconds: null,
  ...values,
});
const input = (
  start: string,
  plan: Omit<IntervalKpiInput, "intervalStartUtcMs" | "actual">,
  values: Partial<IntervalActual> | null,
): IntervalKpiInput => ({
  intervalStartUtcMs: Date.parse(start),
  ...plan,
  actual: values ? actual(start, values) : null,
});

// Two 30-minute intervals of Monday 2026-03-02, 09:00 and 09:30 in New York, worked by hand below.
const inputs = [
  input(
    "2026-03-02T14:00:00Z",
    { forecastVolume: 110, requiredAgents: 20, requiredFromActualAgents: 18, scheduledAgents: 19, presentAgents: 19 },
    {
      offeredCount: 100,
      handledCount: 90,
      abandonedCount: 10,
      answeredWithinThresholdCount: 72,
      abandonedWithinThresholdCount: 4,
      ahtSeconds: 300,
      asaSeconds: 15,
    },
  ),
  input(
    "2026-03-02T14:30:00Z",
    { forecastVolume: 40, requiredAgents: 10, requiredFromActualAgents: 11, scheduledAgents: 12, presentAgents: 12 },
    {
      offeredCount: 50,
      handledCount: 48,
      abandonedCount: 2,
      answeredWithinThresholdCount: 45,
      abandonedWithinThresholdCount: 2,
      ahtSeconds: 240,
      asaSeconds: 8,
    },
  ),
];

describe("KPIs of a day", () => {
  it("match the hand-computed figures", () => {
    const [day] = aggregateKpis(
      inputs,
      [{ localDate: "2026-03-02", fcrFraction: 0.7, csatScore: 4.2 }],
      ZONE,
      30,
      "day",
      "abandons-count-against",
    );
    expect(day).toMatchObject({
      localDate: "2026-03-02",
      forecastVolume: 150,
      actualVolume: 150,
      fcrFraction: 0.7,
      csatScore: 4.2,
    });
    expect(day!.wmapeFraction).toBeCloseTo(20 / 150, 12); // |100 − 110| + |50 − 40|
    expect(day!.biasFraction).toBeCloseTo(0, 12); // +10 and −10
    expect(day!.serviceLevelFraction).toBeCloseTo(117 / 150, 12); // (72 + 45) answered within 20 s of 150 offered
    expect(day!.ahtSeconds).toBeCloseTo((300 * 90 + 240 * 48) / 138, 12);
    expect(day!.asaSeconds).toBeCloseTo((15 * 90 + 8 * 48) / 138, 12);
    expect(day!.abandonFraction).toBeCloseTo(12 / 150, 12);
    expect([
      day!.requiredAgentHours,
      day!.requiredFromActualAgentHours,
      day!.scheduledAgentHours,
      day!.presentAgentHours,
    ]).toEqual([15, 14.5, 15.5, 15.5]);
    expect(day!.occupancyFraction).toBeCloseTo((90 * 300 + 48 * 240) / (15.5 * 3600), 12); // handled × AHT ÷ present agent-seconds
  });

  it("states service level under each abandon definition", () => {
    const counts = {
      offeredCount: 150,
      handledCount: 138,
      abandonedCount: 12,
      answeredWithinThresholdCount: 117,
      abandonedWithinThresholdCount: 6,
    };
    expect(achievedServiceLevel(counts, "abandons-count-against")).toBeCloseTo(117 / 150, 12);
    expect(achievedServiceLevel(counts, "short-abandons-excluded")).toBeCloseTo(117 / 144, 12);
    expect(achievedServiceLevel(counts, "abandons-excluded")).toBeCloseTo(117 / 138, 12);
    expect(achievedServiceLevel(counts, "short-abandons-met")).toBeCloseTo(123 / 150, 12);
    expect(achievedServiceLevel({ ...counts, offeredCount: 0, handledCount: 0 }, "abandons-count-against")).toBeNull();
  });

  it("keeps intervals apart at interval granularity and takes a source's own service level, weighted by offered, when it gave no counts", () => {
    const reported = [
      input(
        "2026-03-02T14:00:00Z",
        {
          forecastVolume: null,
          requiredAgents: null,
          requiredFromActualAgents: 5,
          scheduledAgents: 0,
          presentAgents: 0,
        },
        { offeredCount: 30, handledCount: 30, answeredWithinThresholdCount: null, reportedServiceLevelFraction: 0.9 },
      ),
      input(
        "2026-03-02T14:30:00Z",
        {
          forecastVolume: null,
          requiredAgents: null,
          requiredFromActualAgents: 5,
          scheduledAgents: 0,
          presentAgents: 0,
        },
        { offeredCount: 10, handledCount: 10, answeredWithinThresholdCount: null, reportedServiceLevelFraction: 0.5 },
      ),
    ];
    expect(
      aggregateKpis(reported, [], ZONE, 30, "interval", "abandons-count-against").map(
        (period) => period.serviceLevelFraction,
      ),
    ).toEqual([0.9, 0.5]);
    const [day] = aggregateKpis(reported, [], ZONE, 30, "week", "abandons-count-against");
    expect(day!.localDate).toBe("2026-03-02");
    expect(day!.serviceLevelFraction).toBeCloseTo((0.9 * 30 + 0.5 * 10) / 40, 12);
    expect([day!.wmapeFraction, day!.occupancyFraction, day!.forecastVolume]).toEqual([null, null, null]);
  });
});
