import { describe, expect, it } from "vitest";
import { demandFromVolumeForecasts, type QueueVolumeForecast } from "../../../api/domain/capacity/volume-demand";

const settings = { ahtSeconds: 300, targetAnswerSeconds: 20, targetServiceLevel: 0.8, shrinkage: 0.3 };

function forecast(volume: number, overrides: Partial<QueueVolumeForecast> = {}): QueueVolumeForecast {
  const intradayShares = Array(48).fill(0);
  intradayShares[18] = 1;
  return {
    queueName: "billing",
    intervalMinutes: 30,
    weekdayShares: [1, 1, 1, 1, 1, 1, 1],
    intradayShares,
    settings,
    weeks: [{ weekStartDate: "2026-01-05", volume }],
    ...overrides,
  };
}

describe("demandFromVolumeForecasts", () => {
  it("turns weekly volume into scheduled agent-hours through the Erlang C engine", () => {
    // 700 contacts a week, all in the 09:00 half hour, 100 a day: A = 100 × 300 / 1800 = 16.67 Erlangs
    // needs 21 agents for 80 % in 20 s (Erlang C), 21 / (1 − 0.3) = 30 scheduled for half an hour
    // a day: 15 agent-hours a day, 105 a week.
    expect(demandFromVolumeForecasts([forecast(700)])).toEqual([
      { weekStartDate: "2026-01-05", scheduledAgentHours: expect.closeTo(105, 9) },
    ]);
  });

  it("adds the hours of several queues week by week", () => {
    const [single] = demandFromVolumeForecasts([forecast(700)]);
    const [both] = demandFromVolumeForecasts([forecast(700), forecast(700, { queueName: "sales" })]);
    expect(both.scheduledAgentHours).toBeCloseTo(2 * (single.scheduledAgentHours ?? 0), 9);
  });

  it("needs no hours for a week without contacts", () => {
    expect(demandFromVolumeForecasts([forecast(0)])[0].scheduledAgentHours).toBe(0);
  });

  it("rejects a profile of the wrong length or without weight", () => {
    expect(() => demandFromVolumeForecasts([forecast(700, { weekdayShares: [1, 1, 1] })])).toThrow(RangeError);
    expect(() => demandFromVolumeForecasts([forecast(700, { intradayShares: Array(48).fill(0) })])).toThrow(RangeError);
  });
});
