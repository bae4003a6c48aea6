import type { Role } from "./role";

/** A person with an account. `agentId` links an agent's account to their agent record; `vendor` scopes a vendor manager. */
export interface User {
  id: string;
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
  vendor: string | null;
  agentId: string | null;
  displayTimeZone: string | null;
  hasPassword: boolean;
  /** When a director disabled the account (UTC instant), null while it may sign in. */
  disabledAt: string | null;
}
