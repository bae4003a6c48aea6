import { describe, expect, it } from "vitest";
import { generateDemoActuals } from "../../../api/domain/demo/demo-actuals";
import { demoQueues } from "../../../api/domain/demo/demo-queues";
import { generateDemoHistory } from "../../../api/domain/demo/demo-history";
import { createSeededRandom } from "../../../api/domain/random/seeded-random";

describe("demo actuals", () => {
  it("offer exactly the history's volume, handle or abandon every contact, and run near each queue's target", () => {
    for (const { draft, profile } of demoQueues) {
      const history = generateDemoHistory(
        profile,
        draft.timeZone,
        draft.channel === "email" ? null : draft.businessHours,
        draft.intervalMinutes,
        { fromDate: "2026-01-05", toDate: "2026-03-02" },
        createSeededRandom(1),
      );
      const { intervals, days } = generateDemoActuals(history, draft, createSeededRandom(2));
      expect(intervals.map((interval) => interval.offeredCount)).toEqual(history.map((row) => row.volume));
      for (const interval of intervals) {
        expect(interval.handledCount + interval.abandonedCount).toBeCloseTo(interval.offeredCount, 9);
        expect(interval.answeredWithinThresholdCount ?? 0).toBeLessThanOrEqual(interval.handledCount);
      }
      const offered = intervals.reduce((total, interval) => total + interval.offeredCount, 0);
      const level =
        draft.targetAnswerSeconds === null
          ? intervals.reduce(
              (total, interval) => total + interval.reportedServiceLevelFraction! * interval.offeredCount,
              0,
            ) / offered
          : intervals.reduce((total, interval) => total + interval.answeredWithinThresholdCount!, 0) / offered;
      const target = draft.targetServiceLevel ?? draft.targetResponseFraction!;
      expect(Math.abs(level - target)).toBeLessThan(0.1);
      expect(days.length).toBe(new Set(days.map((day) => day.localDate)).size);
      expect(days.every((day) => day.fcrFraction! > 0.5 && day.csatScore! > 3.5)).toBe(true);
    }
  });
});
