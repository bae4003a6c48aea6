/**
 * Who may do what. director: everything in the organisation; planner: plans, cannot manage users;
 * vendor_manager: only the agents, shifts and requests of their own outsourcing partner; agent: only
 * their own published shifts, profile and requests.
 */
export const roles = ["director", "planner", "vendor_manager", "agent"] as const;
export type Role = (typeof roles)[number];

/** The default for planning endpoints (forecasts, staffing, rosters, capacity, queue settings). */
export const planningRoles: readonly Role[] = ["director", "planner"];
/** Endpoints a vendor manager also reaches, scoped to their partner by the services. */
export const peopleRoles: readonly Role[] = ["director", "planner", "vendor_manager"];
/** Every signed-in person (their own session, profile, tokens, shifts and requests). */
export const everyRole: readonly Role[] = roles;
