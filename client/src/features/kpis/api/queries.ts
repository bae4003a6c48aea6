import { useQuery } from "@tanstack/react-query";
import { getQueueKpis } from "../../../../../api/contracts/kpis";
import { listQueues } from "../../../../../api/contracts/queues";
import { reforecastQueue } from "../../../../../api/contracts/reforecast";
import { callApi } from "../../../lib/api-client";
import { MS_PER_MINUTE } from "../../../lib/zoned-time";

export type KpiGranularity = "interval" | "day" | "week";

export const useKpiQueues = () => useQuery({ queryKey: ["queues"], queryFn: () => callApi(listQueues) });

export const useKpis = (queueId: string, granularity: KpiGranularity, from: string, to: string) =>
  useQuery({
    queryKey: ["queues", queueId, "kpis", granularity, from, to],
    queryFn: () => callApi(getQueueKpis, { params: { queueId }, query: { granularity, from, to } }),
  });

/** The day-ahead forecast and its re-forecast from the day's actuals up to `asOf` (nothing is stored, so it is a query). */
export const useReforecast = (queueId: string, asOf: string) =>
  useQuery({
    queryKey: ["queues", queueId, "reforecast", asOf],
    queryFn: () => callApi(reforecastQueue, { params: { queueId }, body: { asOf } }),
    staleTime: MS_PER_MINUTE,
  });

export const kpiExportUrl = (queueId: string, granularity: KpiGranularity, from: string, to: string) =>
  `/api/queues/${queueId}/kpis/export?${new URLSearchParams({ from, to, granularity }).toString()}`;
