import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { listAgents } from "../../../../../api/contracts/agents";
import { createInvitation, disableUser, enableUser, listUsers } from "../../../../../api/contracts/auth";
import { callApi } from "../../../lib/api-client";

export const useUsers = () => useQuery({ queryKey: ["users"], queryFn: () => callApi(listUsers) });

export const useInvitableAgents = () =>
  useQuery({
    queryKey: ["agents", { includeFormer: false }],
    queryFn: () => callApi(listAgents, { query: { includeFormer: "false" } }),
  });

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      email: string;
      displayName: string;
      role: "director" | "planner" | "vendor_manager" | "agent";
      vendor: string | null;
      agentId: string | null;
    }) => callApi(createInvitation, { body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}

/** Disables (offboarding: sessions, tokens and calendar feed revoked at once) or enables an account. */
export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, isDisabled }: { userId: string; isDisabled: boolean }) =>
      callApi(isDisabled ? disableUser : enableUser, { params: { userId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}
