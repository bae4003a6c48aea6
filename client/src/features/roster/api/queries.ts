import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listAgents } from "../../../../../api/contracts/agents";
import { createForecast, listForecasts } from "../../../../../api/contracts/forecasts";
import { listQueues } from "../../../../../api/contracts/queues";
import {
  createScheduleVersion,
  exportScheduleVersion,
  getSchedule,
  getScheduleRoster,
  listSchedules,
  publishScheduleVersion,
  solveSchedule,
  updateScheduleShift,
} from "../../../../../api/contracts/schedules";
import { getScheduleSimulation } from "../../../../../api/contracts/simulation";
import { cancelSolveJob, getSolveJob } from "../../../../../api/contracts/solve-jobs";
import { listScheduleChanges } from "../../../../../api/contracts/schedule-changes";
import { listTimeOff } from "../../../../../api/contracts/time-off";
import { callApi } from "../../../lib/api-client";
import { MS_PER_MINUTE } from "../../../lib/zoned-time";

export const useQueues = () => useQuery({ queryKey: ["queues"], queryFn: () => callApi(listQueues) });
export const useAgents = () => useQuery({ queryKey: ["agents"], queryFn: () => callApi(listAgents) });

/** Approved time off of every agent the signed-in person may see (hard unavailability for the roster). */
export const useApprovedTimeOff = () =>
  useQuery({
    queryKey: ["time-off", { status: "approved" }],
    queryFn: () => callApi(listTimeOff, { query: { status: "approved" } }),
    select: (data) => data.requests,
  });

export const useForecastList = (queueId: string) =>
  useQuery({
    queryKey: ["queues", queueId, "forecasts", "list"],
    queryFn: () => callApi(listForecasts, { params: { queueId } }),
  });

export function useCreateForecast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queueId, horizonDays }: { queueId: string; horizonDays: number }) =>
      callApi(createForecast, { params: { queueId }, body: { horizonDays } }),
    onSuccess: (_forecast, { queueId }) =>
      void queryClient.invalidateQueries({ queryKey: ["queues", queueId, "forecasts"] }),
  });
}

export const useSchedules = () => useQuery({ queryKey: ["schedules"], queryFn: () => callApi(listSchedules) });

export const useSchedule = (scheduleId: string | null) =>
  useQuery({
    queryKey: ["schedules", scheduleId],
    queryFn: () => callApi(getSchedule, { params: { scheduleId: scheduleId! } }),
    enabled: scheduleId !== null,
  });

export const useRoster = (scheduleId: string | null, versionNumber: number | null, from: string, to: string) =>
  useQuery({
    queryKey: ["schedules", scheduleId, "roster", versionNumber, from, to],
    queryFn: async () => {
      const roster = await callApi(getScheduleRoster, {
        params: { scheduleId: scheduleId! },
        query: { version: versionNumber!, from, to },
      });
      performance.mark("roster-data-arrived");
      return roster;
    },
    enabled: scheduleId !== null && versionNumber !== null,
    placeholderData: (previous) => previous,
  });

/** A version's simulated service level (seconds of replications on the server; kept there per revision). */
export const useScheduleSimulation = (scheduleId: string, versionNumber: number) =>
  useQuery({
    queryKey: ["schedules", scheduleId, "simulation", versionNumber],
    queryFn: () => callApi(getScheduleSimulation, { params: { scheduleId }, query: { version: versionNumber } }),
    staleTime: MS_PER_MINUTE,
  });

/** The finished job behind a solved version: its result explains the objective and the uncovered intervals. */
export const useSolveJobResult = (jobId: string | null) =>
  useQuery({
    queryKey: ["solve-jobs", jobId],
    queryFn: () => callApi(getSolveJob, { params: { jobId: jobId! } }),
    enabled: jobId !== null,
    staleTime: Infinity,
  });

export function useSolve() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      periodStart: string;
      periodEnd: string;
      queueIds: string[];
      options: { timeLimitSeconds: number; relativeGap: number };
    }) => callApi(solveSchedule, { body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["schedules"], exact: true }),
  });
}

export const useCancelSolve = () =>
  useMutation({ mutationFn: (jobId: string) => callApi(cancelSolveJob, { params: { jobId } }) });

function useScheduleMutation<T, R>(scheduleId: string | null, mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["schedules", scheduleId] }),
  });
}

/**
 * Moves a draft shift from the revision the page shows (If-Match). When someone changed it meanwhile
 * the server answers 409 version_conflict: the roster is fetched again either way, so the page shows
 * their change and a new move starts from it.
 */
export function useMoveShift(scheduleId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      shiftId,
      revision,
      startUtc,
      endUtc,
    }: {
      shiftId: string;
      revision: number;
      startUtc: string;
      endUtc: string;
    }) =>
      callApi(updateScheduleShift, {
        params: { scheduleId: scheduleId!, shiftId },
        body: { startUtc, endUtc },
        headers: { "If-Match": `"${revision}"` },
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ["schedules", scheduleId] }),
  });
}

export const usePublish = (scheduleId: string | null) =>
  useScheduleMutation(scheduleId, (versionNumber: number) =>
    callApi(publishScheduleVersion, { params: { scheduleId: scheduleId!, versionNumber } }),
  );

export const useNewDraft = (scheduleId: string | null) =>
  useScheduleMutation(scheduleId, (fromVersion: number) =>
    callApi(createScheduleVersion, { params: { scheduleId: scheduleId! }, body: { fromVersion } }),
  );

export const exportVersionCsv = (scheduleId: string, versionNumber: number) =>
  callApi(exportScheduleVersion, { params: { scheduleId, versionNumber } });

/** The change ledger of a schedule: a week's changes, or one agent's. Refreshed with the schedule after a publish. */
export const useScheduleChanges = (scheduleId: string, query: { from?: string; to?: string; agentId?: string }) =>
  useQuery({
    queryKey: ["schedules", scheduleId, "changes", query],
    queryFn: () => callApi(listScheduleChanges, { params: { scheduleId }, query }),
  });
