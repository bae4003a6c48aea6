import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createApiToken, listApiTokens, revokeApiToken, updateMe } from "../../../../../api/http/contracts/auth";
import { callApi } from "../../../lib/api-client";

export function useUpdateDisplayZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (displayTimeZone: string | null) => callApi(updateMe, { body: { displayTimeZone } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["session"] }),
  });
}

export const useApiTokens = () => useQuery({ queryKey: ["api-tokens"], queryFn: () => callApi(listApiTokens) });

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => callApi(createApiToken, { body: { name } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["api-tokens"] }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => callApi(revokeApiToken, { params: { tokenId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["api-tokens"] }),
  });
}
