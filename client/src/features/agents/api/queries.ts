import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  importAgents,
  listAgents,
  updateAgent,
  type AgentDto,
  type AgentImportReport,
} from "../../../../../api/contracts/agents";
import { listQueues } from "../../../../../api/contracts/queues";
import { ApiError, callApi } from "../../../lib/api-client";

export const useAgents = (includeFormer: boolean) =>
  useQuery({
    queryKey: ["agents", { includeFormer }],
    queryFn: () => callApi(listAgents, { query: { includeFormer: includeFormer ? "true" : "false" } }),
  });

export const useQueueNames = () =>
  useQuery({
    queryKey: ["queues"],
    queryFn: () => callApi(listQueues),
    select: (data) => new Map(data.queues.map((queue) => [queue.id, queue.name])),
  });

export type AgentImportDelimiter = "auto" | "comma" | "semicolon" | "tab";

export interface AgentImportOptions {
  csv: string;
  skipInvalid: boolean;
  delimiter: AgentImportDelimiter;
}

/** A rejected file answers 422 with the same report as a written one: it is a result to show, not a failure. */
async function importOrReport({ csv, skipInvalid, delimiter }: AgentImportOptions): Promise<AgentImportReport> {
  try {
    const query = {
      skipInvalid: skipInvalid ? "true" : "false",
      ...(delimiter === "auto" ? {} : { delimiter }),
    } as const;
    return await callApi(importAgents, { body: csv, query });
  } catch (error) {
    const report =
      error instanceof ApiError && error.status === 422 ? importAgents.response.safeParse(error.body) : null;
    if (report?.success) return report.data;
    throw error;
  }
}

export function useImportAgents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importOrReport,
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
