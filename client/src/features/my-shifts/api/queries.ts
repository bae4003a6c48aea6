import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  getCalendarFeed,
  getMyShifts,
  revokeCalendarFeed,
  rotateCalendarFeed,
} from "../../../../../api/contracts/schedules";
import { getMyNotifications, markAllNotificationsRead } from "../../../../../api/contracts/notifications";
import { listTimeOff } from "../../../../../api/contracts/time-off";
import { callApi } from "../../../lib/api-client";
import { MS_PER_MINUTE } from "../../../lib/zoned-time";

/** The signed-in agent's published shifts between two instants, with local times in `timeZone`. */
export const useMyShifts = (from: string, to: string, timeZone: string) =>
  useQuery({
    queryKey: ["me", "shifts", from, to, timeZone],
    queryFn: () => callApi(getMyShifts, { query: { from, to, timeZone } }),
    placeholderData: (previous) => previous,
  });

export const useCalendarFeed = () =>
  useQuery({ queryKey: ["me", "calendar-feed"], queryFn: () => callApi(getCalendarFeed) });

export function useRotateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(rotateCalendarFeed),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["me", "calendar-feed"] }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(revokeCalendarFeed),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["me", "calendar-feed"] }),
  });
}

/** The signed-in agent's own approved time off (the API narrows the list to them). */
export const useMyApprovedTimeOff = () =>
  useQuery({
    queryKey: ["time-off", { status: "approved" }],
    queryFn: () => callApi(listTimeOff, { query: { status: "approved" } }),
    select: (data) => data.requests,
  });

/** The agent's change messages and unread count; polled each minute so a publish shows without a reload. */
export const useMyNotifications = () =>
  useQuery({
    queryKey: ["me", "notifications"],
    queryFn: () => callApi(getMyNotifications),
    refetchInterval: MS_PER_MINUTE,
  });

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(markAllNotificationsRead),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["me", "notifications"] }),
  });
}
