import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { cancelTimeOff, decideTimeOff, listTimeOff, requestTimeOff } from "../../../../../api/contracts/time-off";
import { callApi } from "../../../lib/api-client";

export const useTimeOffRequests = () => useQuery({ queryKey: ["time-off"], queryFn: () => callApi(listTimeOff) });

function useTimeOffMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["time-off"] }) });
}

export const useRequestTimeOff = () =>
  useTimeOffMutation((body: { startsAt: string; endsAt: string; reason: string }) => callApi(requestTimeOff, { body }));

export const useDecideTimeOff = () =>
  useTimeOffMutation(({ requestId, decision }: { requestId: string; decision: "approved" | "declined" }) =>
    callApi(decideTimeOff, { params: { requestId }, body: { decision, note: null } }),
  );

export const useCancelTimeOff = () =>
  useTimeOffMutation((requestId: string) => callApi(cancelTimeOff, { params: { requestId } }));
