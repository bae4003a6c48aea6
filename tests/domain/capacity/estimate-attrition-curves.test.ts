import { describe, expect, it } from "vitest";
import {
  annualAttritionFraction,
  flatAttritionCurve,
  withSeasonalExit,
} from "../../../api/domain/capacity/attrition-curve";
import { fromEpochDay, toEpochDay } from "../../../api/domain/time/local-date";
import { estimateAttritionCurves, type HistoryAgent } from "../../../api/domain/capacity/estimate-attrition-curves";
import { weekOfYearIndex } from "../../../api/domain/capacity/week-of-year";
import { mulberry32 } from "../../../api/domain/random/seeded-random";

/**
 * Three years of a 200-seat student team: every week each agent leaves with the generating curve's
 * hazard for that week of the year (on a random day of the week), and leavers are replaced the next
 * Monday, so the team stays at 200.
 */
function simulateHistory(trueHazards: number[], seed: number): HistoryAgent[] {
  const random = mulberry32(seed);
  const firstDay = toEpochDay("2023-01-02");
  const agents: HistoryAgent[] = [];
  let employed = Array.from({ length: 200 }, (_, index) => ({ id: `s${index}`, hireDate: "2022-09-05" }));
  for (let week = 0; week < 156; week += 1) {
    const weekStart = firstDay + 7 * week;
    const hazard = trueHazards[weekOfYearIndex(weekStart)];
    const stayers = employed.filter((agent) => {
      if (random() >= hazard) return true;
      agents.push({
        ...agent,
        attritionCohort: "student",
        endDate: fromEpochDay(weekStart + Math.floor(random() * 7)),
      });
      return false;
    });
    const hires = Array.from({ length: 200 - stayers.length }, (_, index) => ({
      id: `s${week}-${index}`,
      hireDate: fromEpochDay(weekStart + 7),
    }));
    employed = [...stayers, ...hires];
  }
  agents.push(...employed.map((agent) => ({ ...agent, attritionCohort: "student" })));
  return agents;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function correlation(xs: number[], ys: number[]): number {
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  const sx = Math.sqrt(xs.reduce((sum, x) => sum + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ys.reduce((sum, y) => sum + (y - my) ** 2, 0));
  return cov / (sx * sy);
}

describe("estimateAttritionCurves", () => {
  const truth = withSeasonalExit(flatAttritionCurve("student", 0.1), 23, 30, 0.4).weeklyHazardFractions;
  const [estimated] = estimateAttritionCurves({
    agents: simulateHistory(truth, 2026),
    fromDate: "2023-01-02",
    toDate: "2025-12-28",
  });
  const season = (curve: number[]) => curve.slice(22, 30);
  const offSeason = (curve: number[]) => [...curve.slice(0, 20), ...curve.slice(33)];

  it("recovers the generating seasonality from synthetic departure history", () => {
    expect(correlation(estimated.weeklyHazardFractions, truth)).toBeGreaterThan(0.95);
    expect(mean(season(estimated.weeklyHazardFractions)) / mean(season(truth))).toBeGreaterThan(0.85);
    expect(mean(season(estimated.weeklyHazardFractions)) / mean(season(truth))).toBeLessThan(1.15);
    expect(mean(offSeason(estimated.weeklyHazardFractions))).toBeLessThan(3 * mean(offSeason(truth)));
    const peakWeek = estimated.weeklyHazardFractions.indexOf(Math.max(...estimated.weeklyHazardFractions)) + 1;
    expect(peakWeek).toBeGreaterThanOrEqual(23);
    expect(peakWeek).toBeLessThanOrEqual(30);
  });

  it("recovers the annual attrition within a tenth of its value", () => {
    const trueAnnual = 1 - truth.reduce((survival, hazard) => survival * (1 - hazard), 1);
    expect(Math.abs(annualAttritionFraction(estimated) - trueAnnual) / trueAnnual).toBeLessThan(0.1);
  });

  it("counts agents at risk at each week start and leavers by their last day", () => {
    const [counts] = estimateAttritionCurves({
      agents: [
        { id: "a", attritionCohort: "x", hireDate: "2020-01-01", endDate: "2026-01-07" },
        { id: "b", attritionCohort: "x", hireDate: "2026-01-06", endDate: null },
        { id: "c", attritionCohort: "x", hireDate: "2020-01-01", endDate: "2026-01-11" },
        { id: "d", attritionCohort: "x", hireDate: "2020-01-01", endDate: "2026-01-04" },
      ],
      fromDate: "2026-01-05",
      toDate: "2026-01-18",
    });
    // Week of Jan 5 (middle day Jan 8: bucket 2, days 8–14): a and c at risk and both leave; b
    // starts mid-week; d left before. Week of Jan 12 (bucket 3): only b at risk.
    expect(counts.agentsAtRiskByWeekOfYear.slice(0, 4)).toEqual([0, 2, 1, 0]);
    expect(counts.departuresByWeekOfYear.slice(0, 4)).toEqual([0, 2, 0, 0]);
    expect(counts.agentWeeksAtRisk).toBe(3);
  });

  it("gives a cohort too small to show seasonality its overall weekly rate in every week", () => {
    const agents: HistoryAgent[] = Array.from({ length: 6 }, (_, index) => ({
      id: `v${index}`,
      attritionCohort: "vendor-b",
      hireDate: "2024-01-01",
      endDate: index === 0 ? "2024-07-03" : null,
    }));
    const [curve] = estimateAttritionCurves({
      agents,
      fromDate: "2024-01-01",
      toDate: "2024-12-29",
      smoothingHalfWidthWeeks: 0,
    });
    expect(curve.departures).toBe(1);
    expect(curve.credibilityK).toBeNull();
    for (const hazard of curve.weeklyHazardFractions) expect(hazard).toBeCloseTo(curve.overallWeeklyHazardFraction, 12);
  });
});
