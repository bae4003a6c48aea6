import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { acceptScheduleRepair, recordAbsence, repairSchedule } from "../../../../../api/contracts/schedule-events";
import { callApi } from "../../../lib/api-client";

export type AbsenceInput = z.input<typeof recordAbsence.body>;
export type RepairProposal = z.output<typeof repairSchedule.response>;

export function useRecordAbsence(scheduleId: string) {
  return useMutation({ mutationFn: (body: AbsenceInput) => callApi(recordAbsence, { params: { scheduleId }, body }) });
}

export function useProposeRepair(scheduleId: string) {
  return useMutation({
    mutationFn: (isEmergency: boolean) => callApi(repairSchedule, { params: { scheduleId }, body: { isEmergency } }),
  });
}

/** Accepting publishes a new version: the schedule and its rosters are read again. */
export function useAcceptRepair(scheduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proposalId: string) => callApi(acceptScheduleRepair, { params: { scheduleId, proposalId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["schedules", scheduleId] }),
  });
}
