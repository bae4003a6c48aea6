import { useMutation, useQuery } from "@tanstack/react-query";
import { listQueues } from "../../../../../api/contracts/queues";
import {
  calculateStaffing,
  computeRequirements,
  type RequirementsRequestDto,
  type StaffingCaseDto,
} from "../../../../../api/contracts/staffing";
import { callApi } from "../../../lib/api-client";

/** One request for a whole batch: the target case per model, plus each model at N agents for the curve. */
export const useStaffingBatch = (cases: StaffingCaseDto[] | null) =>
  useQuery({
    queryKey: ["staffing", cases],
    queryFn: () => callApi(calculateStaffing, { body: { cases: cases! } }),
    enabled: cases !== null && cases.length > 0,
    placeholderData: (previous) => previous,
  });

export const useQueueSettings = () => useQuery({ queryKey: ["queues"], queryFn: () => callApi(listQueues) });

export const useRequirements = () =>
  useMutation({ mutationFn: (body: RequirementsRequestDto) => callApi(computeRequirements, { body }) });
