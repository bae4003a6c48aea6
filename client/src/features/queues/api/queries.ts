import { useQuery } from "@tanstack/react-query";
import { getQueueHistory } from "../../../../../api/contracts/history";
import { listQueues } from "../../../../../api/contracts/queues";
import { callApi } from "../../../lib/api-client";

export const useQueues = () => useQuery({ queryKey: ["queues"], queryFn: () => callApi(listQueues) });

export const useDailyHistory = (queueId: string, from: string, to: string) =>
  useQuery({
    queryKey: ["queues", queueId, "history", "day", from, to],
    queryFn: () => callApi(getQueueHistory, { params: { queueId }, query: { granularity: "day", from, to } }),
  });
