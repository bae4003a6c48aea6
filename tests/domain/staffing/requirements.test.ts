import { describe, expect, it } from "vitest";
import { businessSecondsPerInterval } from "../../../api/domain/staffing/business-seconds";
import { computeRequirements, type RequirementsQueue } from "../../../api/domain/staffing/requirements";

const HOUR_MS = 3_600_000;
const hourlyStarts = (firstUtcMs: number, count: number) =>
  Array.from({ length: count }, (_, i) => firstUtcMs + i * HOUR_MS);
const weekdays9to17 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startLocal: "09:00", endLocal: "17:00" }));

describe("business seconds", () => {
  it("counts 8 open hours on the 23-hour and the 25-hour day in Europe/Paris", () => {
    // 2026-03-29 and 2026-10-25 are Sundays (DST changes); use the opening on Sunday to see them.
    const sunday = [{ weekday: 7, startLocal: "00:00", endLocal: "08:00" }];
    const spring = hourlyStarts(Date.UTC(2026, 2, 28, 23), 23);
    const autumn = hourlyStarts(Date.UTC(2026, 9, 24, 22), 25);
    const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
    expect(sum(businessSecondsPerInterval(spring, 3600, sunday, "Europe/Paris"))).toBe(7 * 3600);
    expect(sum(businessSecondsPerInterval(autumn, 3600, sunday, "Europe/Paris"))).toBe(9 * 3600);
  });

  it("treats no opening hours as always open", () => {
    expect(businessSecondsPerInterval(hourlyStarts(0, 3), 3600, [], "UTC")).toEqual([3600, 3600, 3600]);
  });
});

const voice: RequirementsQueue = {
  channel: "voice",
  model: "erlang-c",
  timeZone: "UTC",
  targetServiceLevel: 0.8,
  targetAnswerSeconds: 20,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
  businessHours: [],
};

describe("computeRequirements", () => {
  it("staffs each voice interval with its own volume and AHT, and reports no SL when nothing arrives", () => {
    const series = [
      { startUtcMs: 0, volume: 100, ahtSeconds: 180 },
      { startUtcMs: 1_800_000, volume: 0, ahtSeconds: 180 },
      { startUtcMs: 3_600_000, volume: 100, ahtSeconds: 360 },
    ];
    const [first, empty, third] = computeRequirements(voice, series, 1800);
    expect(first).toMatchObject({ agents: 14, scheduledAgents: 20 });
    expect(first.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(empty).toMatchObject({ agents: 0, serviceLevel: null });
    expect(third.agents).toBeGreaterThan(first.agents);
  });

  it("spreads email work over the response window on the business clock and meets the target FIFO", () => {
    const email: RequirementsQueue = {
      ...voice,
      channel: "email",
      timeZone: "Europe/Paris",
      targetResponseHours: 8,
      targetResponseFraction: 0.9,
      businessHours: weekdays9to17,
    };
    // Monday 2026-03-02 00:00 Paris = 2026-03-01T23:00Z, three days hourly; 40 emails of 6 minutes each open hour.
    const starts = hourlyStarts(Date.UTC(2026, 2, 1, 23), 72);
    const open = businessSecondsPerInterval(starts, 3600, weekdays9to17, "Europe/Paris");
    const series = starts.map((startUtcMs, i) => ({ startUtcMs, volume: open[i] > 0 ? 40 : 0, ahtSeconds: 360 }));
    const result = computeRequirements(email, series, 3600);
    const closedHours = result.filter((_, i) => open[i] === 0);
    expect(closedHours.every((r) => r.agents === 0)).toBe(true);
    // 4 agent-hours arrive each open hour. From Wednesday on, both the on-time shares of the last
    // 8 business hours and the late shares of the 8 before them land in every open hour: 4 agents.
    const wednesday = result.filter((_, i) => i >= 48 + 9 && i < 48 + 17);
    for (const hour of wednesday) expect(hour.fractionalFte).toBeCloseTo(4 / 0.7, 9);
    expect(result[9].fractionalFte).toBeCloseTo((0.9 * 4) / 8 / 0.7, 9);
    const judged = result.filter((r) => r.serviceLevel !== null);
    expect(judged.length).toBeGreaterThan(0);
    for (const hour of judged) expect(hour.serviceLevel).toBeGreaterThanOrEqual(0.9);
  });
});
