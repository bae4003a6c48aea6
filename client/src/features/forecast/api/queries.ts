import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createForecast,
  createSpecialDay,
  deleteSpecialDay,
  getForecast,
  listForecasts,
  listSpecialDays,
  overrideForecast,
  type ForecastOverride,
} from "../../../../../api/contracts/forecasts";
import { getQueueHistory, importQueueHistory, type HistoryImportReport } from "../../../../../api/contracts/history";
import { listQueues } from "../../../../../api/contracts/queues";
import type { z } from "zod";
import { ApiError, callApi } from "../../../lib/api-client";

export type Granularity = "interval" | "day";

export const useQueues = () => useQuery({ queryKey: ["queues"], queryFn: () => callApi(listQueues) });

export const useHistory = (queueId: string, granularity: Granularity, from: string, to: string) =>
  useQuery({
    queryKey: ["queues", queueId, "history", granularity, from, to],
    queryFn: () => callApi(getQueueHistory, { params: { queueId }, query: { granularity, from, to } }),
  });

/** The queue's stored forecasts, newest first (an empty list when it has none). */
export const useForecasts = (queueId: string) =>
  useQuery({
    queryKey: ["queues", queueId, "forecasts", "list"],
    queryFn: () => callApi(listForecasts, { params: { queueId } }),
  });

/** One forecast with its intervals (or only daily totals) in a local-date range. */
export const useForecast = (
  queueId: string,
  forecastId: string | undefined,
  granularity: Granularity,
  from: string,
  to: string,
) =>
  useQuery({
    queryKey: ["queues", queueId, "forecasts", forecastId, granularity, from, to],
    queryFn: () =>
      callApi(getForecast, { params: { queueId, forecastId: forecastId! }, query: { granularity, from, to } }),
    enabled: forecastId !== undefined,
  });

export const useSpecialDays = (queueId: string) =>
  useQuery({ queryKey: ["special-days", queueId], queryFn: () => callApi(listSpecialDays, { query: { queueId } }) });

export type ImportDelimiter = "auto" | "comma" | "semicolon" | "tab";
export type ImportDateFormat = "iso" | "DD/MM/YYYY HH:MM" | "MM/DD/YYYY HH:MM";

export interface ImportOptions {
  csv: string;
  timestampColumn?: string;
  skipInvalid: boolean;
  sumDuplicates: boolean;
  delimiter: ImportDelimiter;
  dateFormat: ImportDateFormat;
}

/** A rejected file answers 422 with the same report as a written one: it is a result to show, not a failure. */
async function importOrReport(
  queueId: string,
  { csv, timestampColumn, skipInvalid, sumDuplicates, delimiter, dateFormat }: ImportOptions,
): Promise<HistoryImportReport> {
  try {
    return await callApi(importQueueHistory, {
      params: { queueId },
      body: csv,
      query: {
        timestampColumn: timestampColumn || undefined,
        skipInvalid: skipInvalid ? "true" : "false",
        onDuplicate: sumDuplicates ? "sum" : "error",
        delimiter: delimiter === "auto" ? undefined : delimiter,
        dateFormat,
      },
    });
  } catch (error) {
    const report =
      error instanceof ApiError && error.status === 422 ? importQueueHistory.response.safeParse(error.body) : null;
    if (report?.success) return report.data;
    throw error;
  }
}

export function useImportHistory(queueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (options: ImportOptions) => importOrReport(queueId, options),
    onSuccess: (report) => {
      if (report.isWritten) void queryClient.invalidateQueries({ queryKey: ["queues", queueId, "history"] });
    },
  });
}

export function useCreateForecast(queueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof createForecast.body>) => callApi(createForecast, { params: { queueId }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["queues", queueId, "forecasts"] }),
  });
}

/**
 * A planner's override of one stored forecast (scale a local day, or set one interval). Every view of
 * the queue's forecasts reads the changed values (chart, daily totals, a day's intervals, the roster
 * page's list), so the whole ["queues", queueId, "forecasts"] prefix is invalidated; the mutation
 * stays pending until those refetches are done, so a form's "saved" never shows beside old numbers.
 */
export function useOverrideForecast(queueId: string, forecastId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ForecastOverride) => callApi(overrideForecast, { params: { queueId, forecastId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["queues", queueId, "forecasts"] }),
  });
}

export function useSpecialDayChanges(queueId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: ["special-days"] });
  return {
    add: useMutation({
      mutationFn: (body: z.input<typeof createSpecialDay.body>) => callApi(createSpecialDay, { body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (specialDayId: string) => callApi(deleteSpecialDay, { params: { specialDayId } }),
      onSuccess,
    }),
    queueId,
  };
}
