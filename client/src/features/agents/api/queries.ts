import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { importAgents, listAgents } from "../../../../../api/http/contracts/agents";
import { listQueues } from "../../../../../api/http/contracts/queues";
import { callApi } from "../../../lib/api-client";

export const useAgents = (includeFormer: boolean) =>
  useQuery({ queryKey: ["agents", { includeFormer }], queryFn: () => callApi(listAgents, { query: { includeFormer: includeFormer ? "true" : "false" } }) });

export const useQueueNames = () =>
  useQuery({
    queryKey: ["queues"],
    queryFn: () => callApi(listQueues),
    select: (data) => new Map(data.queues.map((queue) => [queue.id, queue.name])),
  });

export function useImportAgents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, skipInvalid }: { csv: string; skipInvalid: boolean }) =>
      callApi(importAgents, { body: csv, query: { skipInvalid: skipInvalid ? "true" : "false" } }),
    onSuccess: (report) => {
      if (report.isWritten) void queryClient.invalidateQueries({ queryKey: ["agents"] });
    },
  });
}

export const agentsExportUrl = (includeFormer: boolean) => `/api/agents/export?includeFormer=${includeFormer}`;
