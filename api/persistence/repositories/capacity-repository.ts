import type { DataSource, EntityManager } from "typeorm";
import type { AttritionCurve } from "../../domain/capacity/attrition-curve";
import type { EstimatedAttritionCurve } from "../../domain/capacity/estimate-attrition-curves";
import type {
  CapacityAgent,
  CapacityAssumptions,
  CostRates,
  DemandWeek,
  HireClass,
  HiringAssumptions,
} from "../../domain/capacity/plan";
import type { CapacityPlanResult } from "../../domain/capacity/project-capacity-plan";
import type { CapacityScenario } from "../../domain/capacity/scenarios";
import type { DemandSource } from "../../domain/capacity/weekly-demand";
import { CapacityAttritionCurveEntity } from "../entities/capacity-attrition-curve.entity";
import { CapacityPlanEntity } from "../entities/capacity-plan.entity";
import { CapacityScenarioEntity } from "../entities/capacity-scenario.entity";

/** What a plan was made from; kept so recomputing with new assumptions does not re-forecast. */
export interface CapacityPlanFacts {
  agents: CapacityAgent[];
  demand: DemandWeek[];
  demandSources: DemandSource[];
}

export interface CapacityPlanAssumptions {
  capacity: CapacityAssumptions;
  hiring: HiringAssumptions;
  costs: CostRates;
  hireClasses: HireClass[];
}

export interface StoredCapacityPlan {
  id: string;
  organisationId: string;
  name: string;
  zone: string;
  startDate: string;
  weekCount: number;
  asOfDate: string;
  queueIds: string[];
  facts: CapacityPlanFacts;
  assumptions: CapacityPlanAssumptions;
  attritionCurves: AttritionCurve[];
  result: CapacityPlanResult;
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type CapacityPlanDraft = Omit<StoredCapacityPlan, "id" | "createdAt" | "updatedAt">;

export type ScenarioChanges = Omit<CapacityScenario, "name">;

export interface StoredCapacityScenario {
  id: string;
  planId: string;
  name: string;
  changes: ScenarioChanges;
  result: CapacityPlanResult;
  createdByUserId: string | null;
  createdAt: Date;
}

export interface StoredAttritionCurve {
  attritionCohort: string;
  estimate: EstimatedAttritionCurve;
  estimatedFromDate: string;
  estimatedToDate: string;
  estimatedAt: Date;
  editedHazardFractions: number[] | null;
  editedAt: Date | null;
}

const toPlan = (entity: CapacityPlanEntity): StoredCapacityPlan => ({
  id: entity.id,
  organisationId: entity.organisationId,
  name: entity.name,
  zone: entity.zone,
  startDate: entity.startDate,
  weekCount: entity.weekCount,
  asOfDate: entity.asOfDate,
  queueIds: entity.queueIds,
  facts: entity.facts as CapacityPlanFacts,
  assumptions: entity.assumptions as CapacityPlanAssumptions,
  attritionCurves: entity.attritionCurves as AttritionCurve[],
  result: entity.result as CapacityPlanResult,
  createdByUserId: entity.createdByUserId,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
});

const toScenario = (entity: CapacityScenarioEntity): StoredCapacityScenario => ({
  id: entity.id,
  planId: entity.planId,
  name: entity.name,
  changes: entity.changes as ScenarioChanges,
  result: entity.result as CapacityPlanResult,
  createdByUserId: entity.createdByUserId,
  createdAt: entity.createdAt,
});

const toCurve = (entity: CapacityAttritionCurveEntity): StoredAttritionCurve => ({
  attritionCohort: entity.attritionCohort,
  estimate: entity.estimate as EstimatedAttritionCurve,
  estimatedFromDate: entity.estimatedFromDate,
  estimatedToDate: entity.estimatedToDate,
  estimatedAt: entity.estimatedAt,
  editedHazardFractions: entity.editedHazardFractions,
  editedAt: entity.editedAt,
});

export function createCapacityRepository(database: DataSource | EntityManager) {
  const plans = database.getRepository(CapacityPlanEntity);
  const scenarios = database.getRepository(CapacityScenarioEntity);
  const curves = database.getRepository(CapacityAttritionCurveEntity);
  return {
    async listPlans(organisationId: string): Promise<StoredCapacityPlan[]> {
      return (await plans.find({ where: { organisationId }, order: { createdAt: "DESC", id: "ASC" } })).map(toPlan);
    },
    async findPlan(organisationId: string, id: string): Promise<StoredCapacityPlan | null> {
      const entity = await plans.findOneBy({ organisationId, id });
      return entity ? toPlan(entity) : null;
    },
    async createPlan(draft: CapacityPlanDraft): Promise<StoredCapacityPlan> {
      return toPlan(await plans.save(plans.create(draft)));
    },
    async updatePlan(
      id: string,
      patch: Pick<StoredCapacityPlan, "assumptions" | "attritionCurves" | "result">,
    ): Promise<void> {
      await plans.update({ id }, { ...patch, updatedAt: new Date() });
    },
    async deletePlan(organisationId: string, id: string): Promise<boolean> {
      return ((await plans.delete({ organisationId, id })).affected ?? 0) > 0;
    },
    async listScenarios(planId: string): Promise<StoredCapacityScenario[]> {
      return (await scenarios.find({ where: { planId }, order: { createdAt: "ASC", id: "ASC" } })).map(toScenario);
    },
    async createScenario(draft: Omit<StoredCapacityScenario, "id" | "createdAt">): Promise<StoredCapacityScenario> {
      return toScenario(await scenarios.save(scenarios.create(draft)));
    },
    async updateScenarioResult(id: string, result: CapacityPlanResult): Promise<void> {
      await scenarios.update({ id }, { result, updatedAt: new Date() });
    },
    async deleteScenario(planId: string, id: string): Promise<boolean> {
      return ((await scenarios.delete({ planId, id })).affected ?? 0) > 0;
    },
    async listCurves(organisationId: string): Promise<StoredAttritionCurve[]> {
      return (await curves.find({ where: { organisationId }, order: { attritionCohort: "ASC" } })).map(toCurve);
    },
    /** Stores fresh estimates, leaving every edit as it is. */
    async saveEstimates(
      organisationId: string,
      estimates: Array<
        Pick<StoredAttritionCurve, "estimate" | "estimatedFromDate" | "estimatedToDate" | "estimatedAt">
      >,
    ): Promise<void> {
      if (estimates.length === 0) return;
      await curves.upsert(
        estimates.map((estimate) => ({
          organisationId,
          attritionCohort: estimate.estimate.attritionCohort,
          ...estimate,
        })),
        { conflictPaths: ["organisationId", "attritionCohort"], skipUpdateIfNoValuesChanged: false },
      );
    },
    async setEdit(
      organisationId: string,
      attritionCohort: string,
      editedHazardFractions: number[] | null,
      editedByUserId: string | null,
    ): Promise<boolean> {
      const patch = editedHazardFractions
        ? { editedHazardFractions, editedAt: new Date(), editedByUserId }
        : { editedHazardFractions: null, editedAt: null, editedByUserId: null };
      return ((await curves.update({ organisationId, attritionCohort }, patch)).affected ?? 0) > 0;
    },
  };
}

export type CapacityRepository = ReturnType<typeof createCapacityRepository>;
