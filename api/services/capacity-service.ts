import type { AttritionCurve } from "../domain/capacity/attrition-curve";
import type { CapacityAgent, CapacityPlan, HiringAssumptions } from "../domain/capacity/plan";
import { projectCapacityPlan, type CapacityPlanResult } from "../domain/capacity/project-capacity-plan";
import {
  applyScenario,
  compareScenarios,
  hireClassFromRecommendation,
  type ScenarioComparison,
} from "../domain/capacity/scenarios";
import { DEFAULT_SCHEDULE_EFFICIENCY_FRACTION } from "../domain/capacity/schedule-efficiency";
import { CapacityPlanInvalidError, validateCapacityPlan } from "../domain/capacity/validate-capacity-plan";
import { buildWeeklyHorizon } from "../domain/capacity/weekly-horizon";
import type { Agent } from "../domain/organisation/agent";
import { notFound, validationFailed } from "../errors/app-errors";
import type { Persistence } from "../persistence/repositories";
import type {
  CapacityPlanAssumptions,
  ScenarioChanges,
  StoredCapacityPlan,
  StoredCapacityScenario,
} from "../persistence/repositories/capacity-repository";
import type { Actor } from "./actor";
import { effectiveCurve, type AttritionCurveService } from "./attrition-curve-service";
import { TOO_LITTLE_HISTORY } from "../domain/capacity/weekly-demand";
import { forecastWeeklyDemand } from "./capacity-demand";

export interface PartialPlanAssumptions {
  capacity?: Partial<CapacityPlanAssumptions["capacity"]>;
  hiring?: Partial<HiringAssumptions>;
  costs?: Partial<CapacityPlanAssumptions["costs"]>;
  hireClasses?: CapacityPlanAssumptions["hireClasses"];
}

export interface CreateCapacityPlanCommand {
  name: string;
  startDate?: string;
  weekCount: number;
  asOfDate?: string;
  queueIds?: string[];
  assumptions?: PartialPlanAssumptions;
}

export interface CapacityPlanDetail extends Omit<
  StoredCapacityPlan,
  "organisationId" | "facts" | "createdAt" | "updatedAt"
> {
  createdAt: string;
  updatedAt: string;
  agentCount: number;
  demandSources: StoredCapacityPlan["facts"]["demandSources"];
  scenarios: Array<{ id: string; name: string; totals: CapacityPlanResult["totals"] }>;
}

const FULL_TIME_MINUTES_PER_WEEK = 2400;
/** The reference lead times: six weeks to recruit, four to train, then half and three-quarter productivity. */
const DEFAULT_RECRUITING_LEAD_WEEKS = 6;
const DEFAULT_TRAINING_WEEKS = 4;
const DEFAULT_RAMP_FRACTIONS = [0.5, 0.75];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const userIdOf = (actor: Actor) => (actor.kind === "user" ? actor.userId : null);

/**
 * The class a plan recommends by default: the given cohort, else the one carrying most of today's
 * FTE, with its most common vendor and its median contract.
 */
function defaultHiring(agents: CapacityAgent[], givenCohort: string | undefined): HiringAssumptions {
  const fteByCohort = new Map<string, number>();
  for (const agent of agents)
    fteByCohort.set(
      agent.attritionCohort,
      (fteByCohort.get(agent.attritionCohort) ?? 0) + agent.contractedMinutesPerWeek,
    );
  const cohort =
    givenCohort ??
    [...fteByCohort.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0] ??
    "in-house";
  const members = agents.filter((agent) => agent.attritionCohort === cohort);
  const vendors = members.map((agent) => agent.vendor ?? null);
  const vendor =
    vendors.sort((a, b) => vendors.filter((v) => v === b).length - vendors.filter((v) => v === a).length)[0] ?? null;
  return {
    attritionCohort: cohort,
    vendor,
    contractedMinutesPerWeek:
      members.length > 0 ? median(members.map((agent) => agent.contractedMinutesPerWeek)) : FULL_TIME_MINUTES_PER_WEEK,
    recruitingLeadWeeks: DEFAULT_RECRUITING_LEAD_WEEKS,
    trainingWeeks: DEFAULT_TRAINING_WEEKS,
    rampFractions: DEFAULT_RAMP_FRACTIONS,
  };
}

function completeAssumptions(agents: CapacityAgent[], given: PartialPlanAssumptions = {}): CapacityPlanAssumptions {
  const fullTimeMinutesPerWeek = given.capacity?.fullTimeMinutesPerWeek ?? FULL_TIME_MINUTES_PER_WEEK;
  return {
    capacity: {
      fullTimeMinutesPerWeek,
      // Demand hours already include shrinkage (the staffing engine's fractional FTE), so one FTE covers its contract.
      productiveHoursPerFtePerWeek: fullTimeMinutesPerWeek / 60,
      // No roster history is stored yet to learn the allowance from: the default.
      scheduleEfficiencyFraction: DEFAULT_SCHEDULE_EFFICIENCY_FRACTION,
      gapToleranceFraction: 0.03,
      gapToleranceFte: 1,
      severity: { mediumFraction: 0.05, highFraction: 0.1 },
      episodeBridgeWeeks: 1,
      attritionMultipliers: {},
      demandGrowthFraction: 0,
      ...given.capacity,
    },
    hiring: { ...defaultHiring(agents, given.hiring?.attritionCohort), ...given.hiring },
    costs: { annualCostPerFteByCohort: {}, annualCostPerFteByVendor: {}, currency: "EUR", ...given.costs },
    hireClasses: given.hireClasses ?? [],
  };
}

function toCapacityAgent(agent: Agent): CapacityAgent {
  return {
    id: agent.id,
    attritionCohort: agent.attritionCohort,
    vendor: agent.vendor,
    contractedMinutesPerWeek: agent.contract.maxMinutesPerWeek,
    hireDate: agent.hireDate,
    endDate: agent.endDate,
  };
}

function domainPlan(
  plan: Omit<StoredCapacityPlan, "id" | "result" | "createdAt" | "updatedAt" | "createdByUserId">,
): CapacityPlan {
  return {
    name: plan.name,
    zone: plan.zone,
    startDate: plan.startDate,
    weekCount: plan.weekCount,
    firstDayOfWeek: 1,
    asOfDate: plan.asOfDate,
    assumptions: plan.assumptions.capacity,
    demand: plan.facts.demand,
    agents: plan.facts.agents,
    hireClasses: plan.assumptions.hireClasses,
    attritionCurves: plan.attritionCurves,
    hiring: plan.assumptions.hiring,
    costs: plan.assumptions.costs,
  };
}

/** Projects a plan, answering a plan the domain rejects as 400 with every problem listed. */
function project(plan: CapacityPlan): CapacityPlanResult {
  const problems = validateCapacityPlan(plan);
  if (problems.length > 0)
    throw validationFailed(
      problems.map((message) => ({ path: "body.assumptions", message })),
      "The plan cannot be projected",
    );
  try {
    return projectCapacityPlan(plan);
  } catch (error) {
    if (error instanceof CapacityPlanInvalidError)
      throw validationFailed(error.problems.map((message) => ({ path: "body.assumptions", message })));
    throw error;
  }
}

/** Cohorts a plan and its scenarios need curves for: agents', planned classes' and the hiring cohort. */
function neededCohorts(
  plan: Pick<StoredCapacityPlan, "facts" | "assumptions">,
  scenarios: ScenarioChanges[],
): string[] {
  const classes = [...plan.assumptions.hireClasses, ...scenarios.flatMap((changes) => changes.addHireClasses ?? [])];
  return [
    ...new Set([
      ...plan.facts.agents.map((agent) => agent.attritionCohort),
      ...classes.map((hireClass) => hireClass.attritionCohort),
      plan.assumptions.hiring.attritionCohort,
    ]),
  ].sort();
}

/** The organisation's curve for each cohort; a cohort with no history at all is given no attrition. */
function curvesFor(cohorts: string[], organisationCurves: AttritionCurve[]): AttritionCurve[] {
  return cohorts.map(
    (cohort) =>
      organisationCurves.find((curve) => curve.attritionCohort === cohort) ?? {
        attritionCohort: cohort,
        weeklyHazardFractions: Array<number>(52).fill(0),
        source: "manual",
      },
  );
}

const scenarioOf = (scenario: Pick<StoredCapacityScenario, "name" | "changes">) => ({
  ...scenario.changes,
  name: scenario.name,
});

/**
 * Capacity plans (issue 8): made from the organisation's data, stored with their facts so new
 * assumptions recompute without re-forecasting, and recomputed with the current attrition curves.
 */
export function createCapacityService(persistence: Persistence, curves: AttritionCurveService) {
  const { repositories } = persistence;

  async function findPlan(actor: Actor, planId: string): Promise<StoredCapacityPlan> {
    const plan = await repositories.capacity.findPlan(actor.organisationId, planId);
    if (!plan) throw notFound("The capacity plan");
    return plan;
  }

  async function present(plan: StoredCapacityPlan): Promise<CapacityPlanDetail> {
    const { organisationId: _organisation, facts, createdAt, updatedAt, ...rest } = plan;
    const scenarios = await repositories.capacity.listScenarios(plan.id);
    return {
      ...rest,
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      agentCount: facts.agents.length,
      demandSources: facts.demandSources,
      scenarios: scenarios.map((scenario) => ({
        id: scenario.id,
        name: scenario.name,
        totals: scenario.result.totals,
      })),
    };
  }

  /** Recomputes a plan and each of its scenarios with the organisation's current curves, then stores them. */
  async function recompute(
    plan: StoredCapacityPlan,
    assumptions: CapacityPlanAssumptions,
  ): Promise<StoredCapacityPlan> {
    const stored = await curves.refresh(plan.organisationId, plan.asOfDate);
    const scenarios = await repositories.capacity.listScenarios(plan.id);
    const cohorts = neededCohorts(
      { facts: plan.facts, assumptions },
      scenarios.map((scenario) => scenario.changes),
    );
    const attritionCurves = curvesFor(cohorts, stored.map(effectiveCurve));
    const base = domainPlan({ ...plan, assumptions, attritionCurves });
    const result = project(base);
    const scenarioResults = scenarios.map((scenario) => project(applyScenario(base, scenarioOf(scenario))));
    await persistence.inTransaction(async (transaction) => {
      await transaction.capacity.updatePlan(plan.id, { assumptions, attritionCurves, result });
      for (const [index, scenario] of scenarios.entries())
        await transaction.capacity.updateScenarioResult(scenario.id, scenarioResults[index]);
    });
    return findPlan({ kind: "system", organisationId: plan.organisationId }, plan.id);
  }

  return {
    async list(actor: Actor) {
      return (await repositories.capacity.listPlans(actor.organisationId)).map((plan) => ({
        id: plan.id,
        name: plan.name,
        startDate: plan.startDate,
        weekCount: plan.weekCount,
        asOfDate: plan.asOfDate,
        createdAt: plan.createdAt.toISOString(),
        updatedAt: plan.updatedAt.toISOString(),
        createdByUserId: plan.createdByUserId,
        totals: plan.result.totals,
        episodeSummaries: plan.result.episodes.map((episode) => episode.summary),
      }));
    },

    async create(actor: Actor, command: CreateCapacityPlanCommand): Promise<CapacityPlanDetail> {
      const organisation = await repositories.organisations.findById(actor.organisationId);
      if (!organisation) throw notFound("The organisation");
      const asOfDate = command.asOfDate ?? (await curves.todayIn(organisation.id));
      const startDate = command.startDate ?? asOfDate;
      const allQueues = await repositories.queues.list(organisation.id);
      const unknown = (command.queueIds ?? []).filter((id) => !allQueues.some((queue) => queue.id === id));
      if (unknown.length > 0)
        throw validationFailed(
          unknown.map((id) => ({ path: "body.queueIds", message: `no queue ${id} in this organisation` })),
        );
      const queues = command.queueIds ? allQueues.filter((queue) => command.queueIds!.includes(queue.id)) : allQueues;
      const queueIds = new Set(queues.map((queue) => queue.id));
      const employed = await repositories.agents.list(organisation.id, { currentOn: asOfDate });
      const agents = employed
        .filter((agent) => !command.queueIds || agent.skillQueueIds.some((id) => queueIds.has(id)))
        .map(toCapacityAgent);
      const horizon = buildWeeklyHorizon(startDate, command.weekCount, organisation.timeZone, 1);
      const { demand, sources } = await forecastWeeklyDemand(repositories.history, queues, horizon);
      if (sources.every((source) => source.method === "no history" || source.method === TOO_LITTLE_HISTORY)) {
        throw validationFailed(
          [
            {
              path: "body.queueIds",
              message: "none of the plan's queues has a week of history before the plan starts",
            },
          ],
          "The plan has no demand",
        );
      }
      const assumptions = completeAssumptions(agents, command.assumptions);
      const organisationCurves = (await curves.refresh(organisation.id, asOfDate)).map(effectiveCurve);
      const facts = { agents, demand, demandSources: sources };
      const draft = {
        organisationId: organisation.id,
        name: command.name,
        zone: organisation.timeZone,
        startDate: horizon.weeks[0].weekStartDate,
        weekCount: command.weekCount,
        asOfDate,
        queueIds: [...queueIds],
        facts,
        assumptions,
        attritionCurves: curvesFor(neededCohorts({ facts, assumptions }, []), organisationCurves),
      };
      const result = project(domainPlan(draft));
      return present(await repositories.capacity.createPlan({ ...draft, result, createdByUserId: userIdOf(actor) }));
    },

    async get(actor: Actor, planId: string): Promise<CapacityPlanDetail> {
      return present(await findPlan(actor, planId));
    },

    async updateAssumptions(
      actor: Actor,
      planId: string,
      assumptions: CapacityPlanAssumptions,
    ): Promise<CapacityPlanDetail> {
      return present(await recompute(await findPlan(actor, planId), assumptions));
    },

    async recompute(actor: Actor, planId: string): Promise<CapacityPlanDetail> {
      const plan = await findPlan(actor, planId);
      return present(await recompute(plan, plan.assumptions));
    },

    async remove(actor: Actor, planId: string): Promise<{ deleted: true }> {
      if (!(await repositories.capacity.deletePlan(actor.organisationId, planId))) throw notFound("The capacity plan");
      return { deleted: true };
    },

    /** A scenario on the plan; `addRecommendedClasses` adds the class each episode of the plan recommends. */
    async createScenario(
      actor: Actor,
      planId: string,
      input: { name: string; changes: ScenarioChanges; addRecommendedClasses: boolean },
    ): Promise<StoredCapacityScenario> {
      const plan = await findPlan(actor, planId);
      const recommended = input.addRecommendedClasses
        ? plan.result.episodes
            .filter((episode) => episode.recommendation.classSize > 0)
            .map((episode, index) =>
              hireClassFromRecommendation(`recommended-${index + 1}`, episode.recommendation, plan.assumptions.hiring),
            )
        : [];
      const changes: ScenarioChanges = {
        ...input.changes,
        addHireClasses: [...(input.changes.addHireClasses ?? []), ...recommended],
      };
      const base = {
        ...domainPlan(plan),
        attritionCurves: curvesFor(neededCohorts(plan, [changes]), plan.attritionCurves),
      };
      const result = project(applyScenario(base, { ...changes, name: input.name }));
      return repositories.capacity.createScenario({
        planId: plan.id,
        name: input.name,
        changes,
        result,
        createdByUserId: userIdOf(actor),
      });
    },

    async removeScenario(actor: Actor, planId: string, scenarioId: string): Promise<{ deleted: true }> {
      await findPlan(actor, planId);
      if (!(await repositories.capacity.deleteScenario(planId, scenarioId))) throw notFound("The scenario");
      return { deleted: true };
    },

    async compare(actor: Actor, planId: string): Promise<ScenarioComparison & { scenarioIds: string[] }> {
      const plan = await findPlan(actor, planId);
      const scenarios = await repositories.capacity.listScenarios(plan.id);
      const base = {
        ...domainPlan(plan),
        attritionCurves: curvesFor(
          neededCohorts(
            plan,
            scenarios.map((scenario) => scenario.changes),
          ),
          plan.attritionCurves,
        ),
      };
      return {
        ...compareScenarios(base, scenarios.map(scenarioOf), plan.name),
        scenarioIds: scenarios.map((scenario) => scenario.id),
      };
    },
  };
}

export type CapacityService = ReturnType<typeof createCapacityService>;
