import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  changePassword,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  updateMe,
} from "../../../../../api/contracts/auth";
import { getNotificationPreferences, setNotificationPreferences } from "../../../../../api/contracts/notifications";
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

export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => callApi(changePassword, { body }),
  });

export const useNotificationPreferences = () =>
  useQuery({ queryKey: ["me", "notification-preferences"], queryFn: () => callApi(getNotificationPreferences) });

export function useSetNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: { inApp: boolean; email: boolean }) =>
      callApi(setNotificationPreferences, { body: preferences }),
    onSuccess: (saved) => queryClient.setQueryData(["me", "notification-preferences"], saved),
  });
}
