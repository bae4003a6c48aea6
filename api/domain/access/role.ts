/** director, planner, vendor_manager, agent: see api/contracts/roles.ts for what each may do. */
export type Role = "director" | "planner" | "vendor_manager" | "agent";
