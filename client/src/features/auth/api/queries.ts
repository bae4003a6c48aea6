import { useMutation, useQueryClient } from "@tanstack/react-query";
import { acceptInvitation, login } from "../../../../../api/contracts/auth";
import { callApi, setCsrfToken } from "../../../lib/api-client";

/** Signs in and primes the session query so the app renders at once. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => callApi(login, { body: credentials }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(["session"], session);
    },
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => callApi(acceptInvitation, { body: input }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(["session"], session);
    },
  });
}
