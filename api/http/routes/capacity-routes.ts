import { Router } from "express";
import {
  compareCapacityScenarios,
  createCapacityPlan,
  createCapacityScenario,
  deleteCapacityPlan,
  deleteCapacityScenario,
  editAttritionCurve,
  getCapacityPlan,
  listAttritionCurves,
  listCapacityPlans,
  recomputeCapacityPlan,
  revertAttritionCurve,
  updateCapacityPlanAssumptions,
} from "../../contracts/capacity";
import type { Services } from "../../services/services";
import { route } from "./route";

/** Capacity plans, their scenarios and the organisation's attrition curves (issue 8). */
export function capacityRoutes(services: Services): Router {
  const router = Router();
  const { capacity, attritionCurves } = services;
  route(router, listCapacityPlans, async (_input, { actor }) => ({ plans: await capacity.list(actor) }));
  route(router, createCapacityPlan, ({ body }, { actor }) => capacity.create(actor, body), { bodyLimit: "1mb" });
  route(router, getCapacityPlan, ({ params }, { actor }) => capacity.get(actor, params.planId));
  route(
    router,
    updateCapacityPlanAssumptions,
    ({ params, body }, { actor }) => capacity.updateAssumptions(actor, params.planId, body),
    { bodyLimit: "1mb" },
  );
  route(router, recomputeCapacityPlan, ({ params }, { actor }) => capacity.recompute(actor, params.planId));
  route(router, deleteCapacityPlan, ({ params }, { actor }) => capacity.remove(actor, params.planId));
  route(
    router,
    createCapacityScenario,
    ({ params, body }, { actor }) => capacity.createScenario(actor, params.planId, body),
    { bodyLimit: "1mb" },
  );
  route(router, deleteCapacityScenario, ({ params }, { actor }) =>
    capacity.removeScenario(actor, params.planId, params.scenarioId),
  );
  route(router, compareCapacityScenarios, ({ params }, { actor }) => capacity.compare(actor, params.planId));
  route(router, listAttritionCurves, async ({ query }, { actor }) => ({
    curves: await attritionCurves.list(actor, query.asOf),
  }));
  route(router, editAttritionCurve, ({ params, query, body }, { actor }) =>
    attritionCurves.edit(actor, params.attritionCohort, body.weeklyHazardFractions, query.asOf),
  );
  route(router, revertAttritionCurve, ({ params, query }, { actor }) =>
    attritionCurves.revert(actor, params.attritionCohort, query.asOf),
  );
  return router;
}
