import { describe, expect, it } from "vitest";
import { agentClassesOf } from "../../../api/domain/roster/model/agent-classes";
import { generateCandidates } from "../../../api/domain/roster/model/candidates";
import { blockingRuleOf } from "../../../api/domain/roster/rules/hard-rule-check";
import { prepareProblem } from "../../../api/domain/roster/model/prepare";
import { belowCostOf, type ScheduleSpace } from "../../../api/domain/roster/model/schedule-space";
import { searchSchedule } from "../../../api/domain/roster/strategies/schedule-search";
import { mulberry32 } from "../../../api/domain/random/seeded-random";
import { microAgent, microProblem } from "./micro-problem";

/**
 * One agent over four UTC days (9–12 March 2026), 5- and 8-hour shifts on the hour between 08:00
 * and 18:00, at most 3 shifts and 1,200 minutes, at least 1,000 (in a 4-day period: 4/7 of those),
 * 2 days in a row at most, and 15 h rest, which forbids a late shift followed by an early one.
 * Four days are not a full week, so weekly rest does not apply, and rest can only bind between
 * consecutive days: the search's relaxation is then exact, and brute force over all 10^4 weeks
 * must find the same optimum.
 */
function fourDaySpace() {
  const agent = microAgent("ana", {
    contract: {
      ...microAgent("x").contract,
      shiftLengthsMinutes: [300, 480],
      maxShiftsPerWeek: 5,
      maxMinutesPerWeek: 2100,
      minMinutesPerWeek: 1750,
      maxConsecutiveDays: 2,
    },
  });
  const problem = microProblem({
    agents: [agent],
    periodEndUtc: "2026-03-13T00:00:00Z",
    rules: { ...microProblem().rules, minRestMinutes: 15 * 60 },
  });
  const prepared = prepareProblem(problem);
  const classes = agentClassesOf(prepared, generateCandidates(prepared).candidates);
  return { prepared, classes, space: classes.spaces[0] };
}

function bruteForce(space: ScheduleSpace, costs: Float64Array, isAllowed: (locals: number[]) => boolean): number {
  let best = Infinity;
  const visit = (day: number, chosen: number[]) => {
    if (day === space.days.length) {
      if (!isAllowed(chosen)) return;
      const units = new Float64Array(space.weekMaxShifts.length);
      let cost = 0;
      for (const local of chosen) {
        cost += costs[local];
        units[space.week[local]] += space.lengthUnits[local];
      }
      units.forEach((value, week) => (cost += belowCostOf(space, week, value)));
      best = Math.min(best, cost);
      return;
    }
    visit(day + 1, chosen);
    for (const local of space.days[day].byStart) visit(day + 1, [...chosen, local]);
  };
  visit(0, []);
  return best;
}

describe("schedule search", () => {
  it("finds the cheapest week that brute force over every choice per day finds", () => {
    const { prepared, classes, space } = fourDaySpace();
    expect(space.days.length).toBe(4);
    const isAllowed = (locals: number[]) => {
      const chosen = [];
      for (const local of locals) {
        const shift = classes.candidates[space.candidates[local]];
        if (blockingRuleOf(prepared, shift, chosen) !== null) return false;
        chosen.push(shift);
      }
      return true;
    };
    const random = mulberry32(7);
    for (let trial = 0; trial < 6; trial += 1) {
      // Costs from −400 (a shift worth rostering) to +200, like reduced costs under coverage prices.
      const costs = Float64Array.from(space.candidates, () => Math.round(random() * 600 - 400));
      const choice = searchSchedule(space, costs);
      expect(choice.cost).toBeCloseTo(bruteForce(space, costs, isAllowed), 6);
      expect(isAllowed(choice.shifts)).toBe(true);
    }
  });

  it("never pairs a late shift with an early one the next day inside the minimum rest", () => {
    const { classes, space } = fourDaySpace();
    const shiftOf = (local: number) => classes.candidates[space.candidates[local]];
    // Only 10:00–18:00 on Monday and 08:00–16:00 on Tuesday pay; 14 h apart, they break the 15 h rest.
    const costs = Float64Array.from(space.candidates, (_, local) => {
      const shift = shiftOf(local);
      const isLateMonday = shift.startMs === Date.parse("2026-03-09T10:00:00Z") && shift.lengthMinutes === 480;
      const isEarlyTuesday = shift.startMs === Date.parse("2026-03-10T08:00:00Z") && shift.lengthMinutes === 480;
      return isLateMonday ? -900 : isEarlyTuesday ? -800 : 1e6;
    });
    const choice = searchSchedule(space, costs);
    expect(choice.shifts.map((local) => shiftOf(local).startMs)).toEqual([Date.parse("2026-03-09T10:00:00Z")]);
  });

  it("returns the empty week with every week's below-contract cost when no shift pays", () => {
    const { space } = fourDaySpace();
    const choice = searchSchedule(space, new Float64Array(space.candidates.length).fill(1e6));
    expect(choice.shifts).toEqual([]);
    // 1,750 minutes a week over 4/7 of a week is 1,000 minutes short, at 0.5 per minute.
    expect(choice.cost).toBeCloseTo(500, 6);
  });
});
