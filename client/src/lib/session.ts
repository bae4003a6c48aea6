import { createContext, useContext } from "react";
import type { SessionUserDto } from "../../../api/contracts/auth";

export const SessionContext = createContext<SessionUserDto | null>(null);

/** The signed-in person; only rendered inside the app's SessionGate, so never null there. */
export function useSessionUser(): SessionUserDto {
  const user = useContext(SessionContext);
  if (!user) throw new Error("useSessionUser outside SessionGate");
  return user;
}
