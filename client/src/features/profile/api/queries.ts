import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { changePassword, createApiToken, listApiTokens, revokeApiToken, updateMe } from "../../../../../api/contracts/auth";
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
    mutationFn: (body: { name: string; expiresInDays: number }) => callApi(createApiToken, { body }),
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

export const useChangePassword = () => useMutation({ mutationFn: (body: { currentPassword: string; newPassword: string }) => callApi(changePassword, { body }) });
