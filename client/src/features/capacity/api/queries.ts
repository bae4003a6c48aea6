import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  compareCapacityScenarios,
  createCapacityPlan,
  createCapacityScenario,
  deleteCapacityScenario,
  editAttritionCurve,
  getCapacityPlan,
  listAttritionCurves,
  listCapacityPlans,
  recomputeCapacityPlan,
  revertAttritionCurve,
  updateCapacityPlanAssumptions,
  type PlanAssumptionsDto,
} from "../../../../../api/contracts/capacity";
import { callApi } from "../../../lib/api-client";

export const usePlans = () => useQuery({ queryKey: ["capacity", "plans"], queryFn: () => callApi(listCapacityPlans) });

export const usePlan = (planId: string | null) =>
  useQuery({
    queryKey: ["capacity", "plans", planId],
    queryFn: () => callApi(getCapacityPlan, { params: { planId: planId! } }),
    enabled: planId !== null,
  });

export const useComparison = (planId: string) =>
  useQuery({
    queryKey: ["capacity", "plans", planId, "comparison"],
    queryFn: () => callApi(compareCapacityScenarios, { params: { planId } }),
  });

export const useCurves = () =>
  useQuery({ queryKey: ["capacity", "curves"], queryFn: () => callApi(listAttritionCurves) });

/** Every capacity mutation refreshes every capacity query: plans, comparisons and curves move together. */
function useCapacityMutation<T, R>(run: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: ["capacity"] }) });
}

export const useCreatePlan = () =>
  useCapacityMutation((name: string) => callApi(createCapacityPlan, { body: { name } }));

export const useUpdateAssumptions = (planId: string) =>
  useCapacityMutation((assumptions: PlanAssumptionsDto) =>
    callApi(updateCapacityPlanAssumptions, { params: { planId }, body: assumptions }),
  );

export const useRecompute = (planId: string) =>
  useCapacityMutation(() => callApi(recomputeCapacityPlan, { params: { planId } }));

export interface ScenarioDraft {
  name: string;
  demandGrowthFraction?: number;
  attritionMultipliers?: Record<string, number>;
  addRecommendedClasses: boolean;
}

export const useCreateScenario = (planId: string) =>
  useCapacityMutation(({ name, addRecommendedClasses, ...changes }: ScenarioDraft) =>
    callApi(createCapacityScenario, { params: { planId }, body: { name, addRecommendedClasses, changes } }),
  );

export const useDeleteScenario = (planId: string) =>
  useCapacityMutation((scenarioId: string) => callApi(deleteCapacityScenario, { params: { planId, scenarioId } }));

export const useEditCurve = () =>
  useCapacityMutation(
    ({ attritionCohort, weeklyHazardFractions }: { attritionCohort: string; weeklyHazardFractions: number[] }) =>
      callApi(editAttritionCurve, { params: { attritionCohort }, body: { weeklyHazardFractions } }),
  );

export const useRevertCurve = () =>
  useCapacityMutation((attritionCohort: string) => callApi(revertAttritionCurve, { params: { attritionCohort } }));
