import { describe, expect, it } from "vitest";
import { projectCapacityPlan } from "../../../api/domain/capacity/project-capacity-plan";
import { applyScenario, hireClassFromRecommendation } from "../../../api/domain/capacity/scenarios";
import { demoPlan } from "./demo-plan";

describe("the demo organisation's capacity plan", () => {
  const plan = demoPlan();
  const result = projectCapacityPlan(plan);

  it("flags one episode from June to August caused mostly by student exits", () => {
    expect(result.episodes).toHaveLength(1);
    const [episode] = result.episodes;
    expect(episode.startDate >= "2026-06-01" && episode.startDate < "2026-07-01").toBe(true);
    expect(episode.lastDate >= "2026-08-01" && episode.lastDate <= "2026-08-31").toBe(true);
    expect(episode.causes[0]).toMatchObject({ kind: "exits", attritionCohort: "student" });
    expect(episode.severity).toBe("high");
    expect(episode.summary).toMatch(/^June \d+ – August \d+: up to \d+ FTE short, mostly student exits$/);
  });

  it("says to start recruiting in late March or April and to train 6 weeks later", () => {
    const { recommendation } = result.episodes[0];
    expect(recommendation.recruitByDate >= "2026-03-16" && recommendation.recruitByDate <= "2026-04-30").toBe(true);
    const leadDays =
      (Date.parse(recommendation.classStartDate) - Date.parse(recommendation.recruitByDate)) / 86_400_000;
    expect(leadDays).toBe(42);
    expect(recommendation.isTooLate).toBe(false);
    expect(recommendation.classSize).toBeGreaterThan(0);
  });

  it("has no flagged week left once the recommended class is added", () => {
    const recommended = hireClassFromRecommendation("summer-cover", result.episodes[0].recommendation, plan.hiring);
    const closed = projectCapacityPlan(applyScenario(plan, { name: "with the class", addHireClasses: [recommended] }));
    expect(closed.flags).toEqual([]);
    const { startWeekIndex, endWeekIndex } = result.episodes[0];
    const episodeWeeks = closed.weeks.slice(startWeekIndex, endWeekIndex + 1);
    expect(episodeWeeks.every((week) => week.gapFte <= 0)).toBe(true);
  });

  it("still leaves the gap open with a class one head smaller", () => {
    const recommended = hireClassFromRecommendation("summer-cover", result.episodes[0].recommendation, plan.hiring);
    const smaller = { ...recommended, size: recommended.size - 1 };
    const projected = projectCapacityPlan(applyScenario(plan, { name: "one fewer", addHireClasses: [smaller] }));
    const { startWeekIndex, endWeekIndex } = result.episodes[0];
    expect(projected.weeks.slice(startWeekIndex, endWeekIndex + 1).some((week) => week.gapFte > 0)).toBe(true);
  });
});
