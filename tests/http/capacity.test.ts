import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compareCapacityScenarios,
  createCapacityPlan,
  createCapacityScenario,
  editAttritionCurve,
  getCapacityPlan,
  listAttritionCurves,
  listCapacityPlans,
  recomputeCapacityPlan,
  revertAttritionCurve,
  updateCapacityPlanAssumptions,
} from "../../api/contracts/capacity";
import { buildTestApp } from "../support/app";
import { useTestDataSource } from "../support/database";
import { buildStudentCentre, type StudentCentre } from "./capacity-support";

type Plan = ReturnType<typeof createCapacityPlan.response.parse>;

/** The usual autumn intake, planned already: it ends the summer gap but comes too late to prevent it. */
const autumnIntake = (attritionCohort: string) => ({
  id: "autumn-intake",
  attritionCohort,
  startDate: "2026-07-20",
  size: 14,
  contractedMinutesPerWeek: 1200,
  trainingWeeks: 4,
  rampFractions: [0.5, 0.75],
});

const summerEpisode = (plan: Plan) =>
  plan.result.episodes.find((episode) => episode.startDate >= "2026-05-01" && episode.startDate <= "2026-07-31");

describe("/api/capacity", () => {
  const dataSource = useTestDataSource();
  let app: ReturnType<typeof buildTestApp>;
  let centre: StudentCentre;
  let plan: Plan;

  beforeAll(async () => {
    app = buildTestApp(dataSource());
    centre = await buildStudentCentre(app, dataSource());
    const response = await request(app)
      .post("/api/capacity/plans")
      .send({
        name: "Students 2026",
        startDate: "2026-01-05",
        asOfDate: "2026-01-05",
        queueIds: [centre.queueId],
        assumptions: {
          hiring: { attritionCohort: centre.studentCohort },
          hireClasses: [autumnIntake(centre.studentCohort)],
        },
      });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    plan = createCapacityPlan.response.parse(response.body);
  });

  it("POST /plans derives demand from the queue's history and supply from today's skilled agents", () => {
    expect(plan.agentCount).toBe(46);
    expect(plan.assumptions.hiring).toMatchObject({
      attritionCohort: centre.studentCohort,
      contractedMinutesPerWeek: 1200,
      recruitingLeadWeeks: 6,
      trainingWeeks: 4,
    });
    expect(plan.demandSources).toEqual([expect.objectContaining({ queueId: centre.queueId, method: "annual" })]);
    expect(plan.result.weeks).toHaveLength(52);
    expect(plan.result.weeks[0]).toMatchObject({ weekStartDate: "2026-01-05", baselineFte: 31 });
    const required = plan.result.weeks.map((week) => week.requiredFte);
    expect(Math.max(...required) / Math.min(...required.filter((fte) => fte > 0))).toBeLessThan(1.25);
    expect(plan.attritionCurves.find((curve) => curve.attritionCohort === centre.studentCohort)?.source).toBe(
      "estimated",
    );
  });

  it("flags a June–August episode from student exits and says to recruit in late March or April", () => {
    const episode = summerEpisode(plan);
    expect(episode, plan.result.episodes.map((item) => item.summary).join(" | ")).toBeDefined();
    expect(episode!.lastDate >= "2026-07-01" && episode!.lastDate <= "2026-09-30").toBe(true);
    expect(episode!.causes[0]).toMatchObject({ kind: "exits", attritionCohort: centre.studentCohort });
    expect(episode!.summary).toContain("FTE short, mostly");
    expect(
      episode!.recommendation.recruitByDate >= "2026-03-16" && episode!.recommendation.recruitByDate <= "2026-04-30",
    ).toBe(true);
    expect(episode!.recommendation.classSize).toBeGreaterThan(0);
    expect(episode!.recommendation.isTooLate).toBe(false);
  });

  it("reads the plan back and lists it", async () => {
    const read = getCapacityPlan.response.parse((await request(app).get(`/api/capacity/plans/${plan.id}`)).body);
    expect(read.result).toEqual(plan.result);
    const listed = listCapacityPlans.response.parse((await request(app).get("/api/capacity/plans")).body);
    expect(listed.plans.find((item) => item.id === plan.id)?.episodeSummaries).toEqual(
      plan.result.episodes.map((episode) => episode.summary),
    );
  });

  it("a scenario with the recommended class closes the summer gap, side by side with the plan", async () => {
    const response = await request(app)
      .post(`/api/capacity/plans/${plan.id}/scenarios`)
      .send({ name: "Spring class", addRecommendedClasses: true });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const scenario = createCapacityScenario.response.parse(response.body);
    expect(scenario.changes.addHireClasses?.length).toBeGreaterThan(0);
    expect(
      scenario.result.flags.filter((flag) => flag.weekStartDate >= "2026-06-01" && flag.weekStartDate <= "2026-08-31"),
    ).toEqual([]);
    const comparison = compareCapacityScenarios.response.parse(
      (await request(app).get(`/api/capacity/plans/${plan.id}/comparison`)).body,
    );
    expect(comparison.columns.map((column) => column.name)).toEqual(["Students 2026", "Spring class"]);
    expect(comparison.scenarioIds).toEqual([scenario.id]);
    expect(comparison.columns[1].versusBase.shortFteWeeks).toBeLessThan(0);
    expect(comparison.weeks).toHaveLength(52);
  });

  it("new assumptions recompute the plan: more demand growth, a bigger peak shortfall", async () => {
    const grown = { ...plan.assumptions, capacity: { ...plan.assumptions.capacity, demandGrowthFraction: 0.1 } };
    const response = await request(app).put(`/api/capacity/plans/${plan.id}/assumptions`).send(grown);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const updated = updateCapacityPlanAssumptions.response.parse(response.body);
    expect(updated.result.totals.peakShortFte).toBeGreaterThan(plan.result.totals.peakShortFte);
    expect(updated.scenarios).toHaveLength(1);
    const restored = updateCapacityPlanAssumptions.response.parse(
      (await request(app).put(`/api/capacity/plans/${plan.id}/assumptions`).send(plan.assumptions)).body,
    );
    expect(restored.result).toEqual(plan.result);
  });

  it("a director's curve edit changes the projection, and reverting restores it", async () => {
    const curves = listAttritionCurves.response.parse(
      (await request(app).get("/api/capacity/attrition-curves?asOf=2026-01-05")).body,
    );
    const students = curves.curves.find((curve) => curve.attritionCohort === centre.studentCohort)!;
    expect(students.estimated.departures).toBe(24);
    const summerHazard = students.estimated.weeklyHazardFractions
      .slice(22, 30)
      .reduce((sum, hazard) => sum + hazard, 0);
    const winterHazard = students.estimated.weeklyHazardFractions.slice(0, 8).reduce((sum, hazard) => sum + hazard, 0);
    expect(summerHazard).toBeGreaterThan(3 * winterHazard);

    const cohortPath = `/api/capacity/attrition-curves/${encodeURIComponent(centre.studentCohort)}?asOf=2026-01-05`;
    const edited = editAttritionCurve.response.parse(
      (
        await request(app)
          .put(cohortPath)
          .send({ weeklyHazardFractions: Array(52).fill(0) })
      ).body,
    );
    expect(edited.effective.source).toBe("edited");
    expect(edited.estimated.weeklyHazardFractions).toEqual(students.estimated.weeklyHazardFractions);
    const withoutExits = recomputeCapacityPlan.response.parse(
      (await request(app).post(`/api/capacity/plans/${plan.id}/recompute`)).body,
    );
    expect(summerEpisode(withoutExits)).toBeUndefined();
    expect(withoutExits.attritionCurves.find((curve) => curve.attritionCohort === centre.studentCohort)?.source).toBe(
      "edited",
    );

    const reverted = revertAttritionCurve.response.parse((await request(app).delete(cohortPath)).body);
    expect(reverted).toMatchObject({ editedWeeklyHazardFractions: null, effective: { source: "estimated" } });
    const again = recomputeCapacityPlan.response.parse(
      (await request(app).post(`/api/capacity/plans/${plan.id}/recompute`)).body,
    );
    expect(again.result).toEqual(plan.result);
  });

  it("answers 404 for an unknown plan or cohort and 400 for a queue of no organisation", async () => {
    expect((await request(app).get("/api/capacity/plans/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await request(app).delete("/api/capacity/attrition-curves/nobody-at-all")).status).toBe(404);
    const response = await request(app)
      .post("/api/capacity/plans")
      .send({ name: "x", queueIds: ["00000000-0000-4000-8000-000000000000"] });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe("body.queueIds");
  });
});
