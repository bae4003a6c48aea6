import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { importAgents, listAgents, updateAgent, type AgentDto } from "../../../../../api/http/contracts/agents";
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

/** Saves an agent's weekly availability (windows in the agent's own zone); every agents list refreshes. */
export function useSaveAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ agentId, availability }: { agentId: string; availability: AgentDto["availability"] }) =>
      callApi(updateAgent, { params: { agentId }, body: { availability } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["agents"] }),
  });
}
