import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getSession, logout } from "../../../api/contracts/auth";
import { Loading } from "../components/ui/states";
import { LoginPage } from "../features/auth/components/LoginPage";
import { ApiError, callApi, setCsrfToken } from "../lib/api-client";
import { SessionContext } from "../lib/session";

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(logout),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(["session"], null);
    },
  });
}

/** Shows the sign-in page until there is a session, then the app with the person in context. */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useQuery({
    queryKey: ["session"],
    queryFn: async () => {
      try {
        const current = await callApi(getSession);
        setCsrfToken(current.csrfToken);
        return current;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
  if (session.isPending) return <Loading label="Checking your session…" />;
  if (!session.data) return <LoginPage />;
  return <SessionContext.Provider value={session.data.user}>{children}</SessionContext.Provider>;
}
